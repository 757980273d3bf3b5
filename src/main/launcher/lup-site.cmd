@echo off
rem lup-site for Windows: runs lup-site.jar beside this file with the JVM settings a one-shot command wants,
rem as the shell launcher lup-site beside it does (see there for why). JAVA_HOME picks the Java runtime;
rem LUP_SITE_JAVA_OPTS adds JVM flags. Only ASCII here: cmd reads this file in the console's code page.
setlocal
set "JAVA=java"
if defined JAVA_HOME goto home
where /q java
if errorlevel 1 goto nojava
goto found
:home
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto nojava
:found
set "FLAGS=-Dlupsite.jvmTuned=true"
rem A preview server runs for hours and profits from the optimising compiler; everything else is over in seconds.
if /i not "%~1"=="serve" set "FLAGS=%FLAGS% -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
rem lup-site writes UTF-8 (a, a and o with their dots); the console shows it so while lup-site runs.
set "CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
"%JAVA%" %FLAGS% %LUP_SITE_JAVA_OPTS% -jar "%~dp0lup-site.jar" %*
set "STATUS=%ERRORLEVEL%"
if defined CODEPAGE chcp %CODEPAGE% >nul
exit /b %STATUS%
:nojava
echo lup-site: Java hittades inte. Installera Java 17 eller senare (till exempel Eclipse Temurin) eller ange var den finns med JAVA_HOME. 1>&2
exit /b 3

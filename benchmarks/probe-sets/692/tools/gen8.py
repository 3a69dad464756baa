"""p692-8: city department site with 'Đăng ngày … , Lượt xem' (Sở Ngoại vụ Đà Nẵng) - scholarships for Lao students, 9 months 2023."""
from lib import write, fig, per, inh, ch

TEXT = """SỞ NGOẠI VỤ THÀNH PHỐ ĐÀ NẴNG
Hợp tác giáo dục với Lào: 9 tháng cấp 92 suất học bổng
Đăng ngày 09-10-2023 10:42, Lượt xem: 356

Theo Sở Ngoại vụ, 9 tháng năm 2023, thành phố đã cấp 92 suất học bổng cho lưu học sinh Lào, đạt 92% kế hoạch năm, trong đó 58 suất cho tỉnh Sekong, 20 suất cho tỉnh Champasak và 14 suất cho tỉnh Attapeu.

Quý III/2023, các trường đại học, cao đẳng trên địa bàn tiếp nhận mới 173 lưu học sinh Lào, tăng 21 người so với quý III/2022. Tính đến ngày 30/9/2023, tổng số lưu học sinh Lào đang học tập tại thành phố là 1.045 người. Đại học Đà Nẵng chiếm phần lớn với 812 người, tiếp đến là Trường Cao đẳng Kinh tế - Kế hoạch Đà Nẵng 96 người, Trường Đại học Kiến trúc Đà Nẵng 54 người.

Tổng kinh phí thành phố chi cho đào tạo lưu học sinh Lào 9 tháng đạt 18,72 tỷ đồng, tăng 6,5% so với cùng kỳ. Kể từ tháng 9/2023, mức sinh hoạt phí là 4,2 triệu đồng/người/tháng, tăng 20% so với mức cũ.

Trong 9 tháng, 97,8% lưu học sinh Lào hoàn thành chương trình học tiếng Việt dự bị; có hai lưu học sinh đạt giải Ba cuộc thi Olympic tiếng Việt dành cho sinh viên quốc tế lần thứ 5.

Trong quý IV/2023, thành phố dự kiến tiếp nhận thêm 40 lưu học sinh Lào; phấn đấu đến năm 2025 tỷ lệ lưu học sinh Lào tốt nghiệp đạt loại khá trở lên trên 70%.

Địa chỉ: Tầng 6, Trung tâm Hành chính, 24 Trần Phú, Đà Nẵng. ĐT: 0236.3822.328
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9h = per("9 tháng", "2023-01-01", "2023-09-30")
Q3 = per("Quý III/2023", "2023-07-01", "2023-09-30")
ASOF = per("Tính đến ngày 30/9/2023", end="2023-09-30")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
TO25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("cấp 92 suất học bổng\n", "92", 92, "count", "suất học bổng", "suất học bổng cho lưu học sinh Lào", M9h),
    fig("cấp 92 suất học bổng cho", "92", 92, "count", "suất học bổng", "suất học bổng cho lưu học sinh Lào", M9, percent=92),
    fig("58 suất", "58", 58, "count", "suất", "suất học bổng cho tỉnh Sekong", M9, total=92),
    fig("20 suất", "20", 20, "count", "suất", "suất học bổng cho tỉnh Champasak", M9, total=92),
    fig("14 suất", "14", 14, "count", "suất", "suất học bổng cho tỉnh Attapeu", M9, total=92),
    fig("mới 173 lưu học sinh", "173", 173, "count", "lưu học sinh", "lưu học sinh Lào tiếp nhận mới", Q3,
        change=ch("increase", 21, "người", "quý III/2022")),
    fig("là 1.045 người", "1.045", 1045, "count", "người", "lưu học sinh Lào đang học tập tại thành phố", ASOF),
    fig("với 812 người", "812", 812, "count", "người", "lưu học sinh Lào tại Đại học Đà Nẵng", inh(ASOF)),
    fig("Kế hoạch Đà Nẵng 96 người", "96", 96, "count", "người",
        "lưu học sinh Lào tại Trường Cao đẳng Kinh tế - Kế hoạch Đà Nẵng", inh(ASOF)),
    fig("Kiến trúc Đà Nẵng 54 người", "54", 54, "count", "người", "lưu học sinh Lào tại Trường Đại học Kiến trúc Đà Nẵng",
        inh(ASOF)),
    fig("đạt 18,72 tỷ đồng", "18,72", 18.72e9, "money", "đồng", "tổng kinh phí thành phố chi cho đào tạo lưu học sinh Lào",
        per("9 tháng", "2023-01-01", "2023-09-30"), change=ch("increase", 6.5, "%", "cùng kỳ")),
    fig("là 4,2 triệu đồng/người/tháng", "4,2", 4.2e6, "money", "đồng/người/tháng", "mức sinh hoạt phí",
        change=ch("increase", 20, "%", "mức cũ")),
    fig("97,8% lưu học sinh", "97,8", 97.8, "percent", "%",
        "lưu học sinh Lào hoàn thành chương trình học tiếng Việt dự bị", per("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    fig("có hai lưu học sinh", "hai", 2, "count", "lưu học sinh",
        "lưu học sinh đạt giải Ba cuộc thi Olympic tiếng Việt dành cho sinh viên quốc tế",
        per("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    fig("thêm 40 lưu học sinh", "40", 40, "count", "lưu học sinh", "lưu học sinh Lào tiếp nhận thêm", Q4, status="forecast"),
    fig("trên 70%", "70", 70, "percent", "%", "tỷ lệ lưu học sinh Lào tốt nghiệp đạt loại khá trở lên", TO25,
        approx="over", status="target"),
]

COMMENTS = [
    "Sở Ngoại vụ Đà Nẵng: học bổng và lưu học sinh Lào, 9 tháng năm 2023. 'Đăng ngày 09-10-2023 10:42, Lượt xem: 356' gives `published`",
    "(cf. shared h24); the view count is page furniture. The headline stands before the dateline: its '9 tháng' takes the year 2023.",
    "The headline count and the lead count (92 suất) are both figures. '92 suất …, đạt 92% kế hoạch năm' -> percent 92; the three Lao",
    "provinces after 'trong đó' are parts (58 + 20 + 14 = 92); Lao provinces are not places, they stay in the subject, location Đà Nẵng.",
    "'tăng 21 người so với quý III/2022' is the change of 173 (unit người). 'mức sinh hoạt phí … tăng 20% so với mức cũ' is its change;",
    "'Kể từ tháng 9/2023' is not a period in the contract's table: no period given (unscored).",
    "'hai lưu học sinh' is a number word (2). 'giải Ba', 'lần thứ 5' (ordinal), 'Tầng 6', '24 Trần Phú', phone 0236.3822.328 are not figures.",
    "'dự kiến' -> forecast (40, quý IV/2023); 'phấn đấu đến năm 2025 … trên 70%' -> target with its own period.",
]

if __name__ == "__main__":
    write("p692-8", TEXT, COMMENTS, FIGS, published="2023-10-09", location="Đà Nẵng")

"""p1223-6: national newspaper, domestic syringe makers; a plant in huyện Đức Hòa (Long An); national figures."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 14/11/2024, 10:05 (GMT+7)

Bơm kim tiêm nội tăng tốc giành lại thị phần

Năm 2023, Việt Nam tiêu thụ khoảng 1,6 tỷ bơm kim tiêm các loại, nhưng hàng sản xuất trong nước mới đáp ứng hơn 60% nhu cầu, phần còn lại nhập từ Trung Quốc, Hàn Quốc và Ấn Độ.

Tại Khu công nghiệp Tân Đức (huyện Đức Hòa, Long An), xưởng đúc xi lanh của Công ty cổ phần Nhựa y tế Phương Nam chạy ba ca liên tục. Năm nay, công ty dự kiến sản xuất 520 triệu bơm kim tiêm, gấp đôi năm 2022, trong đó bơm tiêm tự khóa chiếm 30%. "Chúng tôi vừa ký hợp đồng cung ứng 120 triệu chiếc cho 14 bệnh viện tuyến tỉnh", ông Trần Quốc Bảo, Tổng giám đốc, cho biết.

Theo ông Bảo, giá thành bơm tiêm 5 ml sản xuất trong nước khoảng 750-900 đồng/chiếc, thấp hơn khoảng 12% so với hàng nhập khẩu. Tuy nhiên, công ty vẫn phải nhập gần 90% hạt nhựa PP y tế và toàn bộ kim thép.

Số liệu của Bộ Y tế cho thấy, tính đến tháng 10/2024, cả nước có 97 cơ sở đã công bố đủ điều kiện sản xuất bơm kim tiêm, dây truyền dịch, tăng 11 cơ sở so với cuối năm 2022. 10 tháng đầu năm, các doanh nghiệp đã xuất khẩu 214 triệu USD vật tư y tế dùng một lần, tăng 21% so với cùng kỳ.

Theo dự báo của Hiệp hội Thiết bị y tế Việt Nam, đến năm 2026 năng lực sản xuất bơm kim tiêm trong nước có thể đạt 1,3 tỷ chiếc, đáp ứng khoảng 75% nhu cầu.

Ngọc Minh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
ASOF = per("tính đến tháng 10/2024", None, "2024-10-31")
M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
F26 = per("đến năm 2026", None, "2026-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("khoảng 1,6 tỷ bơm", "1,6", 1600000000, "count", "bơm kim tiêm", approx="about",
        subject="bơm kim tiêm các loại Việt Nam tiêu thụ", period=Y23),
    fig("hơn 60% nhu cầu", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ hàng sản xuất trong nước đáp ứng nhu cầu bơm kim tiêm", period=Y23),
    fig("chạy ba ca", "ba", 3, "count", "ca", optional=True, location=DH, subject="ca sản xuất"),
    fig("sản xuất 520 triệu", "520", 520000000, "count", "bơm kim tiêm", status="forecast", location=DH,
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="bơm kim tiêm Công ty cổ phần Nhựa y tế Phương Nam sản xuất", period=NOW),
    fig("chiếm 30%", "30", 30, "percent", "%", status="forecast", location=DH,
        subject="tỷ lệ bơm tiêm tự khóa trong sản lượng của công ty", period=NOW),
    fig("cung ứng 120 triệu chiếc", "120", 120000000, "count", "chiếc", location=DH,
        subject="bơm kim tiêm theo hợp đồng cung ứng vừa ký"),
    fig("cho 14 bệnh viện", "14", 14, "count", "bệnh viện", location=DH,
        subject="bệnh viện tuyến tỉnh được cung ứng"),
    fig("bơm tiêm 5 ml", "5", 5, "measure", "ml", optional=True, subject="dung tích bơm tiêm"),
    fig("khoảng 750-900", "750", 750, "money", "đồng/chiếc", value_max=900, approx="about",
        change=chg("decrease", 12, "%", "hàng nhập khẩu", approx="about"),
        subject="giá thành bơm tiêm 5 ml sản xuất trong nước"),
    fig("gần 90%", "90", 90, "percent", "%", approx="nearly", location=DH,
        subject="tỷ lệ hạt nhựa PP y tế công ty phải nhập"),
    fig("có 97 cơ sở", "97", 97, "count", "cơ sở", change=chg("increase", 11, "cơ sở", "cuối năm 2022"),
        subject="cơ sở đã công bố đủ điều kiện sản xuất bơm kim tiêm, dây truyền dịch", period=ASOF),
    fig("xuất khẩu 214 triệu USD", "214", 214000000, "money", "USD",
        change=chg("increase", 21, "%", "cùng kỳ"),
        subject="xuất khẩu vật tư y tế dùng một lần", period=M10),
    fig("đạt 1,3 tỷ chiếc", "1,3", 1300000000, "count", "chiếc", status="forecast",
        subject="năng lực sản xuất bơm kim tiêm trong nước", period=F26),
    fig("khoảng 75% nhu cầu", "75", 75, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ sản xuất trong nước đáp ứng nhu cầu bơm kim tiêm", period=F26),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/11/2024, 10:05 (GMT+7)', byline 'Ngọc Minh' at the end. Default location Việt Nam.",
    "Distractors: 10:05, '(GMT+7)', 'Khu công nghiệp Tân Đức', 'loại', 'dùng một lần'; 'bơm tiêm 5 ml' (product size) and 'ba ca' are optional.",
    "Company passage placed in huyện Đức Hòa (Long An): its figures get Đức Hòa, also in the quote and in 'Theo ông Bảo … công ty vẫn",
    "  phải nhập gần 90%' (the same firm). The unit cost is of domestic syringes in general ('sản xuất trong nước'): Việt Nam.",
    "'gấp đôi năm 2022' after a count is its change (2 lần). 'trong đó bơm tiêm tự khóa chiếm 30%' is a percent figure (no base amount).",
    "'đáp ứng … % nhu cầu' is not a share cue after a count: percent figures of their own. 'Năm nay' = 2024 (dateline).",
    "'10 tháng đầu năm' takes 2024 from the nearest earlier date (tháng 10/2024). 'Theo dự báo' → forecast over both clauses.",
    "'ký hợp đồng cung ứng 120 triệu chiếc cho 14 bệnh viện' gets no period (a contract just signed).",
]

if __name__ == "__main__":
    build("p1223-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Nam")

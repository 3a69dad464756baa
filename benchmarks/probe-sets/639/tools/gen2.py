import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC
Tin tức > Văn hóa - Xã hội

Can Lộc: Gần 600 học sinh đi du học trong 10 tháng đầu năm

22/11/2023 | 09:10

Theo số liệu của Phòng Lao động - Thương binh và Xã hội huyện, 10 tháng đầu năm 2023, toàn huyện có 587 học sinh, sinh viên đi du học tự túc, tăng 23,6% so với cùng kỳ năm 2022, đạt 117,4% kế hoạch năm. Trong đó, du học Nhật Bản 312 em, Hàn Quốc 174 em, Đài Loan (Trung Quốc) 58 em, còn lại là Đức, Úc, Canada.

Các xã có nhiều học sinh đi du học là Thượng Lộc (64 em), Xuân Lộc (51 em), Thiên Lộc (47 em) và thị trấn Nghèn (42 em).

Ngày hội tư vấn du học lần thứ 3 tổ chức tại Trung tâm Văn hóa huyện, số 02 đường Trần Phú, thu hút hơn 1.200 lượt học sinh và phụ huynh tham gia.

Để hỗ trợ người học, Ngân hàng Chính sách xã hội huyện đã giải ngân cho vay 126 hộ có con đi du học với số tiền 8,95 tỷ đồng; mức cho vay tối đa 100 triệu đồng/người. Tổng dư nợ cho vay đối với người đi du học tính đến 31/10/2023 đạt 27.640 triệu đồng.

Tuy vậy, vẫn còn khoảng 15% số học sinh đi du học thông qua các trung tâm tư vấn chưa được cấp phép. Năm 2024, huyện phấn đấu có từ 650 đến 700 học sinh đi du học, trong đó ít nhất 30% đi theo diện học bổng.

Phụ huynh cần tư vấn liên hệ đường dây nóng: 0239.3840.111.

Nguyễn Hà - Trung tâm VH-TT huyện
"""

M10 = per("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 600 học sinh", "600", 600, "count", "học sinh", "học sinh đi du học",
        per("10 tháng đầu năm", "2023-01-01", "2023-10-31"), approx="nearly"),
    fig("có 587 học sinh", "587", 587, "count", "học sinh, sinh viên", "học sinh, sinh viên đi du học tự túc", M10,
        percent=117.4, change=chg("increase", 23.6, "%", "cùng kỳ năm 2022")),
    fig("Nhật Bản 312 em", "312", 312, "count", "em", "học sinh, sinh viên đi du học Nhật Bản", inh(M10), total=587),
    fig("Hàn Quốc 174 em", "174", 174, "count", "em", "học sinh, sinh viên đi du học Hàn Quốc", inh(M10), total=587),
    fig("(Trung Quốc) 58 em", "58", 58, "count", "em", "học sinh, sinh viên đi du học Đài Loan (Trung Quốc)", inh(M10), total=587),
    fig("(64 em)", "64", 64, "count", "em", "học sinh đi du học", location="Thượng Lộc"),
    fig("(51 em)", "51", 51, "count", "em", "học sinh đi du học", location="Xuân Lộc"),
    fig("(47 em)", "47", 47, "count", "em", "học sinh đi du học", location="Thiên Lộc"),
    fig("(42 em)", "42", 42, "count", "em", "học sinh đi du học", location="Nghèn"),
    fig("hơn 1.200 lượt", "1.200", 1200, "count", "lượt học sinh và phụ huynh",
        "lượt học sinh và phụ huynh tham gia Ngày hội tư vấn du học", approx="over"),
    fig("vay 126 hộ", "126", 126, "count", "hộ", "hộ có con đi du học được giải ngân cho vay"),
    fig("số tiền 8,95 tỷ đồng", "8,95", 8.95e9, "money", "đồng", "số tiền giải ngân cho vay hộ có con đi du học"),
    fig("tối đa 100 triệu đồng/người", "100", 100e6, "money", "đồng/người", "mức cho vay", approx="at_most"),
    fig("đạt 27.640 triệu đồng", "27.640", 27640e6, "money", "đồng", "tổng dư nợ cho vay đối với người đi du học",
        per("tính đến 31/10/2023", end="2023-10-31")),
    fig("khoảng 15% số", "15", 15, "percent", "%", "học sinh đi du học thông qua các trung tâm tư vấn chưa được cấp phép",
        approx="about"),
    fig("từ 650 đến 700", "650", 650, "count", "học sinh", "học sinh đi du học", Y24, value_max=700, status="target"),
    fig("ít nhất 30%", "30", 30, "percent", "%", "học sinh đi du học theo diện học bổng", Y24,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Probe 639-2. Can Lộc district portal (Hà Tĩnh), dateline '22/11/2023 | 09:10', byline at the end: students going abroad, 10 months 2023.",
    "Not figures: 'lần thứ 3' (ordinal), 'số 02 đường Trần Phú', hotline, '10 tháng đầu năm' in the headline.",
    "Country parts after 'Trong đó' take 587 as total; the commune list stands in a new paragraph with no cue: no total, the",
    "commune (or thị trấn) is the location. 'đạt 117,4% kế hoạch năm' is the percent of 587, 'tăng 23,6%' its change.",
    "'tối đa 100 triệu đồng/người' is a money rate with approx at_most.",
]

if __name__ == "__main__":
    write("p639-2", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Can Lộc")

"""p1003-1: Thanh Hóa province portal, student loans from the start of 2024 (dateline 22/08/2024)."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 22/08/2024 09:45 | Lượt xem: 2.316

Hơn 4.100 học sinh, sinh viên được vay vốn từ đầu năm

Từ đầu năm đến nay, Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Thanh Hóa đã giải ngân 186,4 tỷ đồng cho vay học sinh, sinh viên có hoàn cảnh khó khăn, tăng 12,6% so với cùng kỳ năm 2023, giúp hơn 4.100 học sinh, sinh viên có tiền trang trải chi phí học tập.

Tính đến ngày 31/7/2024, tổng dư nợ chương trình tín dụng học sinh, sinh viên toàn tỉnh đạt 1.052,7 tỷ đồng với 27.845 khách hàng còn dư nợ, chiếm 8,3% tổng dư nợ các chương trình tín dụng chính sách của chi nhánh. Các địa phương có dư nợ lớn là huyện Quảng Xương (68,2 tỷ đồng), Thọ Xuân (61,5 tỷ đồng) và Hoằng Hóa (57,9 tỷ đồng). Nợ quá hạn ở mức 2,15 tỷ đồng, chiếm 0,2% dư nợ chương trình, giảm 0,6 tỷ đồng so với cuối năm 2023.

Trong 7 tháng đầu năm 2024, doanh số thu nợ đạt 142,8 tỷ đồng, trong đó học sinh, sinh viên đã ra trường, có việc làm trả nợ trước hạn 9,6 tỷ đồng của 612 khách hàng.

Mỗi học sinh, sinh viên được vay tối đa 4 triệu đồng/tháng, lãi suất 0,55%/tháng theo Quyết định số 05/2022/QĐ-TTg của Thủ tướng Chính phủ. Ước cả năm 2024, doanh số cho vay đạt khoảng 290 tỷ đồng, bằng 104% kế hoạch. Chi nhánh phấn đấu đến cuối năm đưa tỷ lệ nợ quá hạn xuống dưới 0,18%.

Đường dây nóng: 0237.3852.416 | Địa chỉ: Số 23 Đại lộ Lê Lợi, phường Điện Biên, TP. Thanh Hóa
"""

NOTES = [
    "Thanh Hóa province portal: student loans (tín dụng HSSV) from the start of 2024. Dateline 'Cập nhật: 22/08/2024 09:45'.",
    "Distractors: 'Lượt xem: 2.316', 'Quyết định số 05/2022/QĐ-TTg', hotline 0237.3852.416, 'Số 23 Đại lộ Lê Lợi', times.",
    "'từ đầu năm' / 'Từ đầu năm đến nay' run from 2024-01-01 to the dateline. 'chiếm 8,3% tổng dư nợ' is a share of the",
    "1.052,7 tỷ outstanding (a share of a balance, across the intervening count of customers). 'giảm 0,6 tỷ đồng' is the change of",
    "the 2,15 tỷ overdue debt. 9,6 tỷ follows 'trong đó' after 142,8 tỷ repaid (same thing, same period): total. 612 customers: no total.",
]

SINCE = P("từ đầu năm", "2024-01-01", "2024-08-22")
SINCE2 = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
ASOF = P("Tính đến ngày 31/7/2024", end="2024-07-31")
M7 = P("Trong 7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    F("Hơn 4.100 học sinh", "4.100", 4100, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay vốn",
      SINCE, approx="over"),
    F("giải ngân 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng",
      "vốn giải ngân cho vay học sinh, sinh viên có hoàn cảnh khó khăn", SINCE2,
      change=C("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("giúp hơn 4.100 học sinh", "4.100", 4100, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay vốn",
      SINCE2, approx="over"),
    F("đạt 1.052,7 tỷ đồng", "1.052,7", 1052.7e9, "money", "đồng",
      "tổng dư nợ chương trình tín dụng học sinh, sinh viên", ASOF, percent=8.3),
    F("với 27.845 khách hàng", "27.845", 27845, "count", "khách hàng", "khách hàng còn dư nợ", ASOF),
    F("Quảng Xương (68,2 tỷ đồng)", "68,2", 68.2e9, "money", "đồng", "dư nợ", I(ASOF), location="Quảng Xương"),
    F("Thọ Xuân (61,5 tỷ đồng)", "61,5", 61.5e9, "money", "đồng", "dư nợ", I(ASOF), location="Thọ Xuân"),
    F("Hoằng Hóa (57,9 tỷ đồng)", "57,9", 57.9e9, "money", "đồng", "dư nợ", I(ASOF), location="Hoằng Hóa"),
    F("mức 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "nợ quá hạn", I(ASOF), percent=0.2,
      change=C("decrease", 0.6e9, "đồng", "cuối năm 2023")),
    F("đạt 142,8 tỷ đồng", "142,8", 142.8e9, "money", "đồng", "doanh số thu nợ", M7),
    F("trước hạn 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng",
      "nợ trả trước hạn của học sinh, sinh viên đã ra trường, có việc làm", M7, total=142.8e9),
    F("của 612 khách hàng", "612", 612, "count", "khách hàng", "khách hàng trả nợ trước hạn", M7),
    F("tối đa 4 triệu đồng/tháng", "4", 4e6, "money", "đồng/tháng", "mức cho vay mỗi học sinh, sinh viên",
      approx="at_most"),
    F("lãi suất 0,55%/tháng", "0,55", 0.55, "percent", "%", "lãi suất cho vay"),
    F("khoảng 290 tỷ đồng", "290", 290e9, "money", "đồng", "doanh số cho vay",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", percent=104, status="estimate"),
    F("dưới 0,18%", "0,18", 0.18, "percent", "%", "tỷ lệ nợ quá hạn",
      P("đến cuối năm", end="2024-12-31"), approx="under", status="target"),
]

write("p1003-1", TEXT, NOTES, FIGS, published="2024-08-22", location="Thanh Hóa")

"""p821-1: Thanh Hóa province portal, construction-material mining revenue, H1/2024."""
from lib import F, period, change, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thu ngân sách từ khai thác khoáng sản làm vật liệu xây dựng 6 tháng đạt hơn 186 tỷ đồng
Cập nhật: 12/07/2024 10:25 | Lượt xem: 2.316

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, các tổ chức khai thác khoáng sản làm vật liệu xây dựng trên địa bàn tỉnh đã nộp ngân sách hơn 186 tỷ đồng, đạt 54,7% kế hoạch năm, tăng 12,3% so với cùng kỳ. Trong đó, tiền cấp quyền khai thác khoáng sản 71,4 tỷ đồng, thuế tài nguyên 68,2 tỷ đồng, phí bảo vệ môi trường 46,5 tỷ đồng.

Toàn tỉnh hiện có 214 mỏ khoáng sản làm vật liệu xây dựng còn hiệu lực giấy phép, gồm 132 mỏ đá, 47 mỏ cát và 35 mỏ đất san lấp. Tổng sản lượng khai thác 6 tháng ước đạt 9,6 triệu m3, trong đó đá xây dựng khoảng 6,8 triệu m3, cát xây dựng 1,3 triệu m3.

Giá đá xây dựng tại mỏ dao động từ 180.000 đến 230.000 đồng/m3; giá cát xây dựng khoảng 350.000 đồng/m3, tăng khoảng 15% so với đầu năm do nguồn cung hạn chế.

Qua kiểm tra 38 tổ chức, cá nhân theo Quyết định số 1512/QĐ-UBND, cơ quan chức năng phát hiện 11 đơn vị vi phạm, xử phạt vi phạm hành chính 1,42 tỷ đồng, đình chỉ khai thác 3 mỏ do khai thác vượt công suất cho phép. Tính đến 30/6/2024, các doanh nghiệp đã ký quỹ cải tạo, phục hồi môi trường 152,8 tỷ đồng; còn 17 đơn vị chậm ký quỹ với số tiền gần 9 tỷ đồng.

Năm 2024, tỉnh phấn đấu thu ngân sách từ khoáng sản làm vật liệu xây dựng đạt 340 tỷ đồng. Dự kiến trong quý III, tỉnh sẽ tổ chức đấu giá quyền khai thác 12 mỏ đá, cát tại các huyện Như Thanh, Hà Trung, Vĩnh Lộc, gần Quốc lộ 45 và Quốc lộ 217.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H6 = period("6 tháng", "2024-01-01", "2024-06-30")
ASOF = period("Tính đến 30/6/2024", end="2024-06-30")
TY = 10**9
FIGS = [
    F("6 tháng đạt hơn 186 tỷ đồng", "186", 186 * TY, "money", "đồng", approx="over",
      subject="thu ngân sách từ khai thác khoáng sản làm vật liệu xây dựng", per=H6),
    F("nộp ngân sách hơn 186 tỷ đồng", "186", 186 * TY, "money", "đồng", approx="over", percent=54.7,
      change=change("increase", 12.3, baseline="cùng kỳ"),
      subject="ngân sách nộp từ khai thác khoáng sản làm vật liệu xây dựng", per=H1),
    F("khoáng sản 71,4 tỷ đồng", "71,4", 71.4 * TY, "money", "đồng", total=186 * TY,
      subject="tiền cấp quyền khai thác khoáng sản", per=H1i),
    F("thuế tài nguyên 68,2 tỷ đồng", "68,2", 68.2 * TY, "money", "đồng", total=186 * TY,
      subject="thuế tài nguyên", per=H1i),
    F("môi trường 46,5 tỷ đồng", "46,5", 46.5 * TY, "money", "đồng", total=186 * TY,
      subject="phí bảo vệ môi trường", per=H1i),
    F("có 214 mỏ", "214", 214, "count", "mỏ",
      subject="mỏ khoáng sản làm vật liệu xây dựng còn hiệu lực giấy phép"),
    F("gồm 132 mỏ đá", "132", 132, "count", "mỏ đá", total=214, subject="mỏ đá còn hiệu lực giấy phép"),
    F("47 mỏ cát", "47", 47, "count", "mỏ cát", total=214, subject="mỏ cát còn hiệu lực giấy phép"),
    F("35 mỏ đất san lấp", "35", 35, "count", "mỏ đất san lấp", total=214,
      subject="mỏ đất san lấp còn hiệu lực giấy phép"),
    F("ước đạt 9,6 triệu m3", "9,6", 9.6e6, "measure", "m3", status="estimate",
      subject="tổng sản lượng khai thác", per=H6),
    F("khoảng 6,8 triệu m3", "6,8", 6.8e6, "measure", "m3", approx="about", total=9.6e6, status="estimate",
      subject="sản lượng khai thác đá xây dựng", per=H6),
    F("cát xây dựng 1,3 triệu m3", "1,3", 1.3e6, "measure", "m3", total=9.6e6, status="estimate",
      subject="sản lượng khai thác cát xây dựng", per=H6),
    F("từ 180.000 đến 230.000 đồng/m3", "180.000", 180000, "money", "đồng/m3", value_max=230000,
      subject="giá đá xây dựng tại mỏ"),
    F("khoảng 350.000 đồng/m3", "350.000", 350000, "money", "đồng/m3", approx="about",
      change=change("increase", 15, baseline="đầu năm", approx="about"), subject="giá cát xây dựng"),
    F("kiểm tra 38 tổ chức", "38", 38, "count", "tổ chức, cá nhân",
      subject="tổ chức, cá nhân được kiểm tra", per=H1i),
    F("phát hiện 11 đơn vị", "11", 11, "count", "đơn vị", subject="đơn vị vi phạm", per=H1i),
    F("hành chính 1,42 tỷ đồng", "1,42", 1.42 * TY, "money", "đồng",
      subject="tiền xử phạt vi phạm hành chính", per=H1i),
    F("đình chỉ khai thác 3 mỏ", "3", 3, "count", "mỏ",
      subject="mỏ bị đình chỉ khai thác do khai thác vượt công suất", per=H1i),
    F("trường 152,8 tỷ đồng", "152,8", 152.8 * TY, "money", "đồng",
      subject="tiền ký quỹ cải tạo, phục hồi môi trường", per=ASOF),
    F("còn 17 đơn vị", "17", 17, "count", "đơn vị", subject="đơn vị chậm ký quỹ", per=ASOF),
    F("gần 9 tỷ đồng", "9", 9 * TY, "money", "đồng", approx="nearly",
      subject="số tiền chậm ký quỹ", per=ASOF),
    F("đạt 340 tỷ đồng", "340", 340 * TY, "money", "đồng", status="target",
      subject="thu ngân sách từ khoáng sản làm vật liệu xây dựng",
      per=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khai thác 12 mỏ", "12", 12, "count", "mỏ", status="forecast",
      subject="mỏ đá, cát đấu giá quyền khai thác", per=period("trong quý III", "2024-07-01", "2024-09-30")),
]

COMMENTS = [
    "Thanh Hóa province portal: revenue from construction-material mining, licensed mines, output, prices, inspections, H1/2024.",
    "Headline '6 tháng' takes 2024 (published). Parts after 'Trong đó' (next sentence) get the 186 tỷ whole; '54,7% kế hoạch năm' is a",
    "share (percent), not a target value. The 340 tỷ target is its own figure. Quốc lộ 45/217, Quyết định 1512, counter and time are not figures.",
    "The 12 mines lie in three districts, so location stays Thanh Hóa.",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-07-12", location="Thanh Hóa")

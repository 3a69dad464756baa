"""p1058-8: Báo Lạng Sơn online, (LSO) tag, headline figure: drug-trade inspections from the start of 2025."""
from lib import F, P, I, C, T, write

TEXT = """Xử phạt 46 cơ sở kinh doanh thuốc, thu nộp ngân sách gần 300 triệu đồng

Thứ Năm, 05/06/2025 15:40

(LSO) - Từ đầu năm đến nay, Sở Y tế tỉnh Lạng Sơn đã phối hợp với Công an tỉnh, Chi cục Quản lý thị trường kiểm tra 274 cơ sở kinh doanh dược, phát hiện và xử phạt 46 cơ sở, thu nộp ngân sách nhà nước 296,5 triệu đồng.

Đoàn kiểm tra tập trung vào các nhà thuốc, quầy thuốc tại thành phố và các huyện biên giới. Các huyện có nhiều cơ sở vi phạm là Cao Lộc (11 cơ sở), Văn Lãng (8 cơ sở) và Tràng Định (6 cơ sở). Lực lượng chức năng đã tạm giữ 3.450 hộp thuốc và khoảng 18 kg dược liệu không rõ nguồn gốc, chủ yếu là thuốc nhập lậu qua đường tiểu ngạch. Số hộp thuốc bị tạm giữ gấp 2,5 lần cùng kỳ năm 2024.

Theo Sở Y tế, toàn tỉnh hiện có 612 cơ sở bán lẻ thuốc, trong đó 168 nhà thuốc, 389 quầy thuốc. Tỷ lệ cơ sở đạt chuẩn GPP là 97,3%, riêng các xã vùng sâu, vùng xa mới đạt 89%. Toàn tỉnh có 524 dược sĩ đại học, bình quân 6,5 dược sĩ/1 vạn dân, thấp hơn mức bình quân cả nước (khoảng 9,6 dược sĩ/1 vạn dân).

Ông Hoàng Văn Bảy, chủ quầy thuốc ở thị trấn Đồng Đăng, huyện Cao Lộc cho biết, sau khi được nhắc nhở, quầy đã lắp camera và phần mềm kết nối liên thông với chi phí khoảng 5 triệu đồng.

Phấn đấu đến cuối năm 2025, 100% cơ sở bán lẻ thuốc kết nối liên thông; dự kiến 6 tháng cuối năm sẽ kiểm tra thêm khoảng 250 cơ sở.

MINH ANH
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-05")

FIGS = [
    F("Xử phạt 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở kinh doanh thuốc bị xử phạt"),
    F("gần 300 triệu đồng", "300", 300e6, "money", "đồng", "tiền thu nộp ngân sách", approx="nearly"),
    F("kiểm tra 274 cơ sở", "274", 274, "count", "cơ sở", "cơ sở kinh doanh dược được kiểm tra", YTD),
    F("xử phạt 46 cơ sở,", "46", 46, "count", "cơ sở", "cơ sở bị xử phạt", YTD),
    F("296,5 triệu đồng", "296,5", 296.5e6, "money", "đồng", "tiền thu nộp ngân sách nhà nước", YTD),
    F("Cao Lộc (11 cơ sở)", "11", 11, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Cao Lộc"),
    F("Văn Lãng (8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Văn Lãng"),
    F("Tràng Định (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Tràng Định"),
    F("tạm giữ 3.450 hộp", "3.450", 3450, "count", "hộp thuốc", "hộp thuốc bị tạm giữ", I(YTD)),
    F("khoảng 18 kg", "18", 18, "measure", "kg", "dược liệu không rõ nguồn gốc bị tạm giữ", I(YTD),
      approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số hộp thuốc bị tạm giữ so với cùng kỳ năm 2024", I(YTD)),
    F("có 612 cơ sở", "612", 612, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn tỉnh"),
    F("168 nhà thuốc", "168", 168, "count", "nhà thuốc", "nhà thuốc", total=612),
    F("389 quầy thuốc", "389", 389, "count", "quầy thuốc", "quầy thuốc", total=612),
    F("là 97,3%", "97,3", 97.3, "percent", "%", "tỷ lệ cơ sở đạt chuẩn GPP"),
    F("đạt 89%", "89", 89, "percent", "%", "tỷ lệ cơ sở đạt chuẩn GPP ở các xã vùng sâu, vùng xa"),
    F("có 524 dược sĩ", "524", 524, "count", "dược sĩ đại học", "dược sĩ đại học"),
    F("bình quân 6,5 dược sĩ", "6,5", 6.5, "measure", "dược sĩ/1 vạn dân", "dược sĩ bình quân trên 1 vạn dân"),
    F("khoảng 9,6 dược sĩ", "9,6", 9.6, "measure", "dược sĩ/1 vạn dân",
      "dược sĩ bình quân trên 1 vạn dân cả nước", approx="about", location="Việt Nam"),
    F("khoảng 5 triệu đồng", "5", 5e6, "money", "đồng", "chi phí lắp camera và phần mềm kết nối liên thông",
      approx="about", location="Cao Lộc"),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc kết nối liên thông",
      P("đến cuối năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 250 cơ sở", "250", 250, "count", "cơ sở", "cơ sở được kiểm tra thêm",
      P("6 tháng cuối năm", "2025-07-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Lạng Sơn online: headline with figures, dateline 'Thứ Năm, 05/06/2025 15:40', tag '(LSO) -', byline at the end. Location Lạng Sơn (named in the lead).",
    "Headline figures carry no period. 'Từ đầu năm đến nay' runs 2025-01-01 to the published date.",
    "District list of violators (Cao Lộc, Văn Lãng, Tràng Định) gives the district as location; no whole precedes the list, so no total.",
    "'Số hộp thuốc bị tạm giữ gấp 2,5 lần cùng kỳ năm 2024.' stands as its own sentence with no base amount: a multiple figure.",
    "'thấp hơn mức bình quân cả nước (khoảng 9,6 dược sĩ/1 vạn dân)': no numeric gap, so 6,5 has no change; 9,6 is a figure of its own with location Việt Nam.",
    "The shop owner's cost in Đồng Đăng (huyện Cao Lộc) has location Cao Lộc. 'Phấn đấu' → target; 'dự kiến 6 tháng cuối năm' → forecast, H2 2025. Distractors: Hoàng Văn Bảy, 15:40.",
]

write("p1058-8", TEXT, FIGS, NOTES, published="2025-06-05", location="Lạng Sơn")

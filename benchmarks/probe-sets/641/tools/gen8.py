"""p641-8: provincial radio-TV site (Cần Thơ) — kiểm toán chuyên đề quản lý, sử dụng đất đai 2021-2023."""
from lib import F, P, I, CH, emit

TEXT = """CANTHOTV - Đài Phát thanh và Truyền hình TP Cần Thơ
Thời sự | Kinh tế | Xã hội
Cập nhật lúc 09:12, Thứ Sáu, 15/11/2024

Kiểm toán chuyên đề đất đai: kiến nghị tăng thu gần 168 tỷ đồng

Ngày 14/11, Kiểm toán Nhà nước khu vực V công bố kết quả kiểm toán chuyên đề việc quản lý, sử dụng đất đai giai đoạn 2021-2023 của TP Cần Thơ.

Theo Đoàn kiểm toán, tổng thu tiền sử dụng đất, tiền thuê đất giai đoạn này đạt 6.842,5 tỷ đồng, chỉ bằng 71,3% dự toán. Riêng quý I/2024, thu tiền sử dụng đất đạt 312,4 tỷ đồng, bằng 15,6% dự toán năm, giảm 38,2% so với cùng kỳ.

Kiểm toán cho thấy thành phố còn 126,8 ha đất công tại 45 khu đất chưa đưa vào sử dụng; 23 dự án chậm nộp tiền sử dụng đất với số tiền chậm nộp trên 410 tỷ đồng. Một số khu đất tại quận Ninh Kiều được xác định giá khởi điểm đấu giá chỉ 25 triệu đồng/m², thấp hơn giá thị trường khoảng 30%.

Qua kiểm toán, Đoàn kiến nghị xử lý tài chính 243,6 tỷ đồng, trong đó tăng thu tiền sử dụng đất, tiền thuê đất gần 168 tỷ đồng, chiếm 68,9%. Đoàn cũng kiến nghị thu hồi 8 khu đất sử dụng sai mục đích với diện tích 14,2 ha; đề nghị HĐND thành phố sửa đổi 2 nghị quyết về bảng giá đất.

Đối với kết quả kiểm toán năm 2022, tính đến ngày 31/10/2024, TP Cần Thơ đã thực hiện 152,7/186,4 tỷ đồng kiến nghị, phần còn lại chủ yếu là các khoản giảm chi thường xuyên. Thành phố phấn đấu trong năm 2025 xử lý dứt điểm số tồn đọng này.

Bản quyền thuộc Đài Phát thanh và Truyền hình TP Cần Thơ. Địa chỉ: 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều.
"""

GD = P("giai đoạn này", "2021-01-01", "2023-12-31")
T = 243.6e9

FIGS = [
    F("tăng thu gần 168 tỷ đồng\n", "168", 168e9, "money", "đồng", "kiến nghị tăng thu", approx="nearly"),
    F("đạt 6.842,5 tỷ đồng", "6.842,5", 6842.5e9, "money", "đồng", "tổng thu tiền sử dụng đất, tiền thuê đất", GD,
      percent=71.3),
    F("đạt 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "thu tiền sử dụng đất",
      P("quý I/2024", "2024-01-01", "2024-03-31"), percent=15.6, change=CH("decrease", 38.2, "%", "cùng kỳ")),
    F("còn 126,8 ha", "126,8", 126.8, "measure", "ha", "đất công chưa đưa vào sử dụng"),
    F("tại 45 khu đất", "45", 45, "count", "khu đất", "khu đất công chưa đưa vào sử dụng"),
    F("; 23 dự án", "23", 23, "count", "dự án", "dự án chậm nộp tiền sử dụng đất"),
    F("trên 410 tỷ đồng", "410", 410e9, "money", "đồng", "số tiền chậm nộp tiền sử dụng đất", approx="over"),
    F("chỉ 25 triệu đồng/m²", "25", 25e6, "money", "đồng/m²", "giá khởi điểm đấu giá", location="Ninh Kiều",
      change=CH("decrease", 30, "%", "giá thị trường", approx="about")),
    F("tài chính 243,6 tỷ đồng", "243,6", T, "money", "đồng", "kiến nghị xử lý tài chính"),
    F("đất gần 168 tỷ đồng", "168", 168e9, "money", "đồng", "kiến nghị tăng thu tiền sử dụng đất, tiền thuê đất",
      approx="nearly", total=T, percent=68.9),
    F("thu hồi 8 khu đất", "8", 8, "count", "khu đất", "khu đất sử dụng sai mục đích kiến nghị thu hồi"),
    F("diện tích 14,2 ha", "14,2", 14.2, "measure", "ha", "diện tích khu đất sử dụng sai mục đích kiến nghị thu hồi"),
    F("sửa đổi 2 nghị quyết", "2", 2, "count", "nghị quyết", "nghị quyết về bảng giá đất đề nghị sửa đổi"),
    F("thực hiện 152,7/186,4 tỷ đồng", "152,7", 152.7e9, "money", "đồng", "kiến nghị kết quả kiểm toán năm 2022 đã thực hiện",
      P("tính đến ngày 31/10/2024", None, "2024-10-31"), total=186.4e9),
]

COMMENTS = [
    "Đài PT-TH TP Cần Thơ (provincial radio-TV site): KTNN khu vực V — kiểm toán chuyên đề đất đai 2021-2023 (invented).",
    "Dateline 'Cập nhật lúc 09:12, Thứ Sáu, 15/11/2024'. 'Ngày 14/11', 'khu vực V', the address '409 đường 30/4' are not figures.",
    "'giai đoạn này' refers back to 'giai đoạn 2021-2023' of the lead: period 2021-2023 (stated in the sentence by reference).",
    "'thấp hơn giá thị trường khoảng 30%' after 25 triệu đồng/m² is its change (decrease, baseline giá thị trường), not a figure.",
    "'chiếm 68,9%' after the 'trong đó' part is the part's share; its whole is 243,6 tỷ. 'đã thực hiện 152,7/186,4 tỷ đồng kiến nghị':",
    "the second number is the amount recommended (a total), not a plan. Location Cần Thơ; the Ninh Kiều price takes Ninh Kiều.",
    "The headline's 'gần 168 tỷ' restates the body figure: both are figures (the headline has no period phrase).",
]

if __name__ == "__main__":
    emit("p641-8", TEXT, COMMENTS, FIGS, published="2024-11-15", location="Cần Thơ")

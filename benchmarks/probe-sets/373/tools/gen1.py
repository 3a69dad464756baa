from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẠC LIÊU
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bạc Liêu: 6 tháng đầu năm sản xuất trên 21 tỷ con tôm giống
Cập nhật: 11/07/2024 09:20 | Lượt xem: 2.418

(BLO) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 186 cơ sở sản xuất, ương dưỡng tôm giống đang hoạt động, sản xuất được trên 21,3 tỷ con tôm giống các loại, tăng 8,6% so với cùng kỳ năm 2023 và đạt 52% kế hoạch năm. Trong đó, tôm thẻ chân trắng 17,9 tỷ con, tôm sú gần 3,4 tỷ con.

Các cơ sở tập trung chủ yếu tại huyện Đông Hải (78 cơ sở), thị xã Giá Rai (41 cơ sở), huyện Hòa Bình (29 cơ sở) và thành phố Bạc Liêu (24 cơ sở).

Thực hiện Quyết định số 1156/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, công tác kiểm dịch con giống được tăng cường. Chi cục Chăn nuôi và Thú y đã kiểm dịch 15,8 tỷ con tôm giống xuất ra ngoài tỉnh và 4,6 tỷ con nhập vào tỉnh; lấy 1.246 mẫu xét nghiệm bệnh đốm trắng, hoại tử gan tụy cấp tính (AHPND) và vi bào tử trùng (EHP), phát hiện 37 mẫu dương tính (chiếm 2,97%). Toàn bộ 19,8 triệu con tôm giống thuộc các lô nhiễm bệnh đã được tiêu hủy.

Tính đến 30/6/2024, có 64 cơ sở được cấp giấy chứng nhận đủ điều kiện sản xuất, ương dưỡng giống thủy sản, chiếm 34,4% tổng số cơ sở.

Năm 2024, tỉnh phấn đấu sản xuất 41 tỷ con tôm giống, đáp ứng khoảng 40% nhu cầu con giống của vùng nuôi; tỷ lệ con giống được kiểm dịch trước khi thả nuôi đạt trên 90%.

Người dân phát hiện cơ sở kinh doanh tôm giống không rõ nguồn gốc có thể phản ánh qua đường dây nóng 0291.3822.605 của Chi cục Chăn nuôi và Thú y (số 8 đường Hoàng Văn Thụ, phường 3, thành phố Bạc Liêu).

Minh Khoa
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
I1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm sản xuất trên 21 tỷ con", "21", 21e9, "count", "con", "tôm giống sản xuất", approx="over", period=H1),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống đang hoạt động", period=P1),
    F("trên 21,3 tỷ con", "21,3", 21.3e9, "count", "con", "tôm giống các loại sản xuất được", approx="over",
      percent=52, change={"direction": "increase", "value": 8.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=P1),
    F("trắng 17,9 tỷ con", "17,9", 17.9e9, "count", "con", "tôm thẻ chân trắng giống", total=21.3e9, period=I1),
    F("gần 3,4 tỷ con", "3,4", 3.4e9, "count", "con", "tôm sú giống", approx="nearly", total=21.3e9, period=I1),
    F("Đông Hải (78 cơ sở)", "78", 78, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống", location="Đông Hải", period=I1),
    F("Giá Rai (41 cơ sở)", "41", 41, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống", location="Giá Rai", period=I1),
    F("Hòa Bình (29 cơ sở)", "29", 29, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống", location="Hòa Bình", period=I1),
    F("Bạc Liêu (24 cơ sở)", "24", 24, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống", location="Bạc Liêu", period=I1),
    F("kiểm dịch 15,8 tỷ con", "15,8", 15.8e9, "count", "con", "tôm giống xuất ra ngoài tỉnh được kiểm dịch", period=I1),
    F("và 4,6 tỷ con", "4,6", 4.6e9, "count", "con", "tôm giống nhập vào tỉnh được kiểm dịch", period=I1),
    F("lấy 1.246 mẫu", "1.246", 1246, "count", "mẫu", "mẫu xét nghiệm bệnh", period=I1),
    F("phát hiện 37 mẫu", "37", 37, "count", "mẫu", "mẫu dương tính", percent=2.97, period=I1),
    F("Toàn bộ 19,8 triệu con", "19,8", 19.8e6, "count", "con", "tôm giống thuộc các lô nhiễm bệnh được tiêu hủy", period=I1),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện sản xuất, ương dưỡng giống thủy sản",
      percent=34.4, period=P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("sản xuất 41 tỷ con", "41", 41e9, "count", "con", "tôm giống sản xuất", status="target", period=T24),
    F("khoảng 40% nhu cầu", "40", 40, "percent", "%", "nhu cầu con giống của vùng nuôi được đáp ứng", approx="about", status="target", period=T24),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ con giống được kiểm dịch trước khi thả nuôi", approx="over", status="target", period=T24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bạc Liêu (provincial portal): shrimp seed production and quarantine, 6 months of 2024. 'Cập nhật:' dateline + view counter.",
    "Distractors: Lượt xem 2.418, Quyết định số 1156/QĐ-UBND ngày 20/6/2023, hotline 0291.3822.605, address 'số 8 đường Hoàng Văn Thụ, phường 3'.",
    "Headline '6 tháng đầu năm' has no year: the year comes from the dateline (2024).",
    "21,3 tỷ con: change 8,6% (cùng kỳ năm 2023) and share 'đạt 52% kế hoạch năm' (percent). 'Trong đó' parts after a sentence break: total 21,3 tỷ.",
    "District list: each item is a figure, location = the district (thị xã Giá Rai, thành phố Bạc Liêu), subject = the list's indicator.",
    "37 mẫu dương tính: no part-of cue after 'lấy 1.246 mẫu … phát hiện', so no total; '(chiếm 2,97%)' is its percent.",
    "'đáp ứng khoảng 40% nhu cầu' is not one of the share cues (đạt/chiếm/bằng/tương đương): a percent figure of its own (target).",
]

if __name__ == "__main__":
    build(1, TEXT, COMMENTS, FIGS, published="2024-07-11", location="Bạc Liêu")

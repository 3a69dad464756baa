from lib import F, P, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH PHÚ THỌ
Trang chủ > Tin tức - Sự kiện > Dịch bệnh động vật

Phú Thọ tiêm phòng dại cho hơn 241 nghìn con chó, mèo
Ngày đăng: 12/07/2024 | Lượt xem: 1.245

Thực hiện Kế hoạch số 1524/KH-UBND ngày 18/4/2024 của UBND tỉnh, tổng đàn chó, mèo trên địa bàn tỉnh hiện có khoảng 412.300 con, trong đó đàn chó 305.800 con, đàn mèo 106.500 con. Trong 6 tháng đầu năm 2024, các huyện, thành, thị đã tiêm phòng vắc xin dại được 241.560 con chó, mèo, đạt 78,6% kế hoạch, tăng 6,2% so với cùng kỳ năm 2023.

Tính chung, tỷ lệ tiêm phòng trên tổng đàn mới đạt 58,6% (yêu cầu tối thiểu là 70% tổng đàn để tạo miễn dịch quần thể). Một số địa phương có tỷ lệ tiêm cao là thành phố Việt Trì (81,2%), thị xã Phú Thọ (76,4%), huyện Lâm Thao (74,9%); thấp nhất là các huyện Tân Sơn (39,5%) và Yên Lập (42,1%).

Từ đầu năm đến nay, toàn tỉnh xảy ra 3 ổ dịch dại trên chó tại các huyện Thanh Sơn, Cẩm Khê; lực lượng thú y đã tiêu hủy 27 con chó nghi mắc bệnh và tiêm phòng bao vây cho 1.430 con tại vùng dịch. Trên người, ngành Y tế ghi nhận 1 trường hợp tử vong do bệnh dại, giảm 1 trường hợp so với cùng kỳ; số người bị chó, mèo cắn phải điều trị dự phòng là 4.865 lượt người, tăng 12,4% so với cùng kỳ.

Thời gian tới, Chi cục đề nghị UBND các huyện chỉ đạo tiêm bổ sung đợt 2 từ ngày 15/9 đến 15/10. Phấn đấu đến hết năm 2024, tỷ lệ tiêm phòng dại đạt trên 80% tổng đàn chó, mèo; 100% số xã, phường, thị trấn lập sổ theo dõi, thống kê đàn chó, mèo.

Mọi thông tin xin liên hệ: Chi cục Chăn nuôi và Thú y, số 1518 đại lộ Hùng Vương, phường Gia Cẩm, TP Việt Trì. Điện thoại: 0210.3846.217.
"""

LOC = "Phú Thọ"
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12", inh=True)
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("hơn 241 nghìn con", "241", 241000, "count", "con", "chó, mèo được tiêm phòng dại", approx="over"),
    F("khoảng 412.300 con", "412.300", 412300, "count", "con", "tổng đàn chó, mèo", approx="about"),
    F("đàn chó 305.800 con", "305.800", 305800, "count", "con", "đàn chó", total=412300),
    F("đàn mèo 106.500 con", "106.500", 106500, "count", "con", "đàn mèo", total=412300),
    F("được 241.560 con", "241.560", 241560, "count", "con", "chó, mèo được tiêm phòng vắc xin dại", H1,
      percent=78.6, change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("mới đạt 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ tiêm phòng trên tổng đàn", H1i,
      target={"value": 70, "unit": "%", "met": False}),
    F("Việt Trì (81,2%)", "81,2", 81.2, "percent", "%", "tỷ lệ tiêm", H1i, loc="Việt Trì"),
    F("thị xã Phú Thọ (76,4%)", "76,4", 76.4, "percent", "%", "tỷ lệ tiêm", H1i, loc="Phú Thọ"),
    F("Lâm Thao (74,9%)", "74,9", 74.9, "percent", "%", "tỷ lệ tiêm", H1i, loc="Lâm Thao"),
    F("Tân Sơn (39,5%)", "39,5", 39.5, "percent", "%", "tỷ lệ tiêm", H1i, loc="Tân Sơn"),
    F("Yên Lập (42,1%)", "42,1", 42.1, "percent", "%", "tỷ lệ tiêm", H1i, loc="Yên Lập"),
    F("xảy ra 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch dại trên chó", YTD),
    F("tiêu hủy 27 con", "27", 27, "count", "con", "chó nghi mắc bệnh bị tiêu hủy", YTD),
    F("cho 1.430 con", "1.430", 1430, "count", "con", "chó tiêm phòng bao vây tại vùng dịch", YTD),
    F("ghi nhận 1 trường hợp tử vong", "1", 1, "count", "trường hợp", "trường hợp tử vong do bệnh dại", YTDi,
      change={"direction": "decrease", "value": 1, "unit": "trường hợp", "baseline": "cùng kỳ"}),
    F("là 4.865 lượt người", "4.865", 4865, "count", "lượt người", "người bị chó, mèo cắn phải điều trị dự phòng", YTDi,
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ"}),
    F("đạt trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng dại", T24, approx="over", status="target"),
    F("100% số xã", "100", 100, "percent", "%", "xã, phường, thị trấn lập sổ theo dõi, thống kê đàn chó, mèo", T24,
      status="target"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Phú Thọ): dog/cat rabies vaccination, 6 months 2024; 'Ngày đăng: … | Lượt xem: …'.",
    "Distractors: Kế hoạch số 1524/KH-UBND ngày 18/4/2024, 'đợt 2 từ ngày 15/9 đến 15/10', address số 1518, phone, view counter 1.245.",
    "'đạt 78,6% kế hoạch' is the share of 241.560 (percent attribute); '(yêu cầu tối thiểu là 70% …)' is the target of 58,6% (not met).",
    "'thị xã Phú Thọ' is a district-level town: its location is Phú Thọ (the town), same string as the province.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline; 'Trên người, …' sentence inherits it. 'đến hết năm 2024' = target end.",
]

emit(1, COMMENTS, TEXT, FIGS, published="2024-07-12", default_loc=LOC)

from lib import F, P, I, build

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội › Y tế

Ea H'leo công bố dịch dại trên đàn chó tại xã Ea Khăl
VĂN THẮNG • 14:20, 12/03/2025

(ĐTĐL) - Ngày 10/3, UBND huyện Ea H'leo đã ký quyết định công bố dịch bệnh dại trên động vật tại xã Ea Khăl sau khi mẫu bệnh phẩm của 2 con chó được Chi cục Thú y vùng V xét nghiệm dương tính với vi rút dại.

Trước đó, từ ngày 25/2 đến 5/3, trên địa bàn xã có 7 người bị chó cắn, trong đó 3 người bị chính các con chó dương tính cắn. Toàn bộ số người bị cắn đã được đưa đi tiêm vắc xin và huyết thanh kháng dại kịp thời.

Ngay sau khi có kết quả, huyện đã tiêu hủy 12 con chó nghi mắc bệnh, tiêm phòng bao vây cho 1.460 con chó, mèo tại 14 thôn, buôn, đạt 92% tổng đàn trong vùng dịch; tổ chức phun khử trùng hơn 3.500 m2 chuồng trại, khu vực công cộng. Kinh phí chống dịch ban đầu khoảng 320 triệu đồng, trích từ ngân sách dự phòng của huyện.

Theo ông Trần Văn Lợi, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, từ đầu năm 2025 đến nay, toàn tỉnh đã xuất hiện 4 ổ dịch dại tại 3 huyện, 2 người tử vong. Năm 2024, toàn tỉnh có 14 ổ dịch, 8 người tử vong, trong khi tỷ lệ tiêm phòng chỉ đạt 41,5%, giảm 3,2 điểm phần trăm so với năm 2023.

Toàn tỉnh hiện có khoảng 370 nghìn con chó, mèo, phần lớn nuôi thả rông. Năm 2025, ngành nông nghiệp phấn đấu tiêm phòng cho khoảng 260 nghìn con chó, mèo, đạt trên 70% tổng đàn; mỗi con chó, mèo được tiêm sẽ được cấp giấy chứng nhận và đeo thẻ nhựa.

Người dân nuôi chó, mèo không tiêm phòng có thể bị xử phạt từ 600.000 đến 1.000.000 đồng theo Nghị định số 90/2017/NĐ-CP. Số tiền thu được sẽ dùng cho công tác phòng, chống dịch tại địa phương.
"""

FROM = P("từ ngày 25/2 đến 5/3", "2025-02-25", "2025-03-05")
YTD = P("từ đầu năm 2025 đến nay", "2025-01-01", "2025-03-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
EH = "Ea H'leo"

FIGS = [
    F("của 2 con chó", "2", 2, "count", "con", "chó dương tính với vi rút dại", location=EH),
    F("có 7 người", "7", 7, "count", "người", "người bị chó cắn", period=FROM, location=EH),
    F("trong đó 3 người", "3", 3, "count", "người", "người bị chính các con chó dương tính cắn", total=7, period=FROM, location=EH),
    F("hủy 12 con chó", "12", 12, "count", "con", "chó nghi mắc bệnh bị tiêu hủy", location=EH),
    F("cho 1.460 con", "1.460", 1460, "count", "con", "chó, mèo được tiêm phòng bao vây", percent=92, location=EH),
    F("tại 14 thôn", "14", 14, "count", "thôn, buôn", "thôn, buôn được tiêm phòng bao vây", location=EH),
    F("hơn 3.500 m2", "3.500", 3500, "measure", "m2", "diện tích chuồng trại, khu vực công cộng được phun khử trùng",
      approx="over", location=EH),
    F("khoảng 320 triệu", "320", 320e6, "money", "đồng", "Kinh phí chống dịch ban đầu", approx="about", location=EH),
    F("xuất hiện 4 ổ dịch", "4", 4, "count", "ổ dịch", "ổ dịch dại", period=YTD),
    F("tại 3 huyện", "3", 3, "count", "huyện", "huyện có ổ dịch dại", period=YTD),
    F("huyện, 2 người", "2", 2, "count", "người", "người tử vong", period=YTD),
    F("có 14 ổ dịch", "14", 14, "count", "ổ dịch", "ổ dịch dại", period=Y24),
    F("dịch, 8 người", "8", 8, "count", "người", "người tử vong", period=Y24),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ tiêm phòng",
      change={"direction": "decrease", "value": 3.2, "unit": "điểm phần trăm", "baseline": "năm 2023"}, period=Y24),
    F("khoảng 370 nghìn", "370", 370000, "count", "con", "chó, mèo", approx="about"),
    F("khoảng 260 nghìn", "260", 260000, "count", "con", "chó, mèo được tiêm phòng", approx="about", percent=70,
      status="target", period=Y25),
    F("từ 600.000 đến 1.000.000 đồng", "600.000", 600000, "money", "đồng", "mức xử phạt nuôi chó, mèo không tiêm phòng",
      value_max=1000000, optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Đắk Lắk, '(ĐTĐL)' tag): rabies outbreak in xã Ea Khăl, huyện Ea H'leo, and the province's figures. Byline dateline 'VĂN THẮNG • 14:20, 12/03/2025'.",
    "Outbreak figures describe the district (location Ea H'leo; a commune is not a location level in FIGURES.md); province figures (Chi cục trưởng's) are Đắk Lắk.",
    "Distractors: 'Ngày 10/3', 'Chi cục Thú y vùng V', 'Nghị định số 90/2017/NĐ-CP', '(ĐTĐL)', the outbreak dates 25/2–5/3 (these are the period of the 7 bites).",
    "'trong đó 3 người' part of 7. '1.460 con …, đạt 92% tổng đàn trong vùng dịch' count with percent. '3.500 m2' is a measure.",
    "'giảm 3,2 điểm phần trăm so với năm 2023' is the change of 41,5% (unit điểm phần trăm). 'Toàn bộ số người bị cắn' carries no number.",
    "2025 plan: 'phấn đấu … khoảng 260 nghìn con …, đạt trên 70% tổng đàn' → target count with percent 70 (the 'trên' qualifies the share).",
    "Fine 'từ 600.000 đến 1.000.000 đồng' is a legal penalty range, not a measured fact: optional.",
]

if __name__ == "__main__":
    build("p447-5", TEXT, COMMENTS, FIGS, published="2025-03-12", location="Đắk Lắk")

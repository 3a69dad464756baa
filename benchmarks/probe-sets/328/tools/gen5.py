from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU

Quỳnh Lưu mạnh tay xử lý chó thả rông
Thứ Hai, 05/08/2024 - 09:15

Thực hiện Chỉ thị số 11/CT-UBND của UBND tỉnh, UBND huyện đã thành lập 33 tổ kiểm tra, xử lý chó thả rông tại 33/33 xã, thị trấn với gần 200 thành viên là công an, thú y viên và đoàn viên thanh niên.

Trong tháng 7/2024, các tổ đã bắt giữ 214 con chó thả rông trên các tuyến đường, trong đó 168 con đã được chủ nuôi đến nhận lại sau khi nộp phạt, 46 con quá 72 giờ không có người nhận được chuyển về khu tập trung tại xóm 5, xã Quỳnh Lương để xử lý theo quy định. Lực lượng chức năng đã xử phạt vi phạm hành chính 157 trường hợp với tổng số tiền hơn 136 triệu đồng theo Nghị định số 90/2017/NĐ-CP (mức phạt từ 600.000 đến 800.000 đồng đối với hành vi không tiêm phòng dại cho chó). Cùng thời gian, Trạm Chăn nuôi và Thú y huyện tiêm bổ sung vắc xin dại cho 2.350 con chó.

Toàn huyện hiện có hơn 41.200 con chó, mèo. Số chó, mèo được tiêm phòng từ đầu năm đến nay là 29.870 con, đạt 72,5% tổng đàn, cao nhất từ trước tới nay.

Theo Trung tâm Y tế huyện, 6 tháng đầu năm, toàn tỉnh Nghệ An ghi nhận 5 ca tử vong do bệnh dại, trong đó huyện Quỳnh Lưu 1 ca; số người bị chó cắn đến tiêm phòng tại Trung tâm là 1.126 lượt, bình quân hơn 6 lượt mỗi ngày.

Phát biểu tại hội nghị sơ kết ngày 02/8, đồng chí Hồ Văn Bình, Phó Chủ tịch UBND huyện yêu cầu các xã duy trì hoạt động của các tổ; phấn đấu đến cuối năm 2024, 100% chó nuôi được đăng ký, tiêm phòng và không còn chó thả rông trên Quốc lộ 1A, Quốc lộ 48.

Minh Châu (Trung tâm VH-TT&TT huyện)
"""

LOC = "Quỳnh Lưu"
M7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
M7i = P("tháng 7/2024", "2024-07-01", "2024-07-31", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-05")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T24 = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("thành lập 33 tổ", "33", 33, "count", "tổ", "tổ kiểm tra, xử lý chó thả rông"),
    F("33/33 xã", "33", 33, "count", "xã, thị trấn", "xã, thị trấn có tổ kiểm tra", total=33),
    F("gần 200 thành viên", "200", 200, "count", "thành viên", "thành viên tổ kiểm tra", approx="nearly"),
    F("bắt giữ 214 con", "214", 214, "count", "con", "chó thả rông bị bắt giữ", M7),
    F("168 con", "168", 168, "count", "con", "chó được chủ nuôi nhận lại", M7, total=214),
    F("46 con quá", "46", 46, "count", "con", "chó không có người nhận", M7, total=214),
    F("quá 72 giờ", "72", 72, "measure", "giờ", "thời hạn nhận lại chó", optional=True),
    F("phạt vi phạm hành chính 157 trường hợp", "157", 157, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", M7i),
    F("hơn 136 triệu đồng", "136", 136000000, "money", "đồng", "tổng số tiền xử phạt", M7i, approx="over"),
    F("từ 600.000 đến 800.000 đồng", "600.000", 600000, "money", "đồng", "mức phạt không tiêm phòng dại cho chó",
      value_max=800000, optional=True),
    F("cho 2.350 con", "2.350", 2350, "count", "con", "chó được tiêm bổ sung vắc xin dại", M7i),
    F("hơn 41.200 con", "41.200", 41200, "count", "con", "chó, mèo", approx="over"),
    F("là 29.870 con", "29.870", 29870, "count", "con", "chó, mèo được tiêm phòng", YTD, percent=72.5),
    F("ghi nhận 5 ca", "5", 5, "count", "ca", "ca tử vong do bệnh dại", H1, loc="Nghệ An"),
    F("Quỳnh Lưu 1 ca", "1", 1, "count", "ca", "ca tử vong do bệnh dại", H1, total=5),
    F("là 1.126 lượt", "1.126", 1126, "count", "lượt", "người bị chó cắn đến tiêm phòng tại Trung tâm", H1),
    F("hơn 6 lượt", "6", 6, "measure", "lượt/ngày", "lượt người tiêm bình quân mỗi ngày", H1, approx="over"),
    F("2024, 100% chó nuôi", "100", 100, "percent", "%", "chó nuôi được đăng ký, tiêm phòng", T24, status="target"),
]

COMMENTS = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): stray-dog control in July 2024; 'Thứ Hai, dd/mm/yyyy - hh:mm' dateline, byline at the end.",
    "'214 con …, trong đó 168 con …, 46 con …': totals 214. '33/33 xã' total 33. '5 ca …, trong đó huyện Quỳnh Lưu 1 ca': total 5;",
    "the 5 ca are the province's (location Nghệ An), the 1 ca the district's. '6 tháng đầu năm' takes 2024 from the earlier dates.",
    "'bình quân hơn 6 lượt mỗi ngày' is a rate: measure, unit 'lượt/ngày' (denominator in the unit), period of its sentence. The teams have no period (no date in that sentence).",
    "Optional: '72 giờ' (a legal holding period), the legal fine range 600.000-800.000 đồng (a rule, not a fact about the district).",
    "'hơn 41.200 con' has no period ('hiện có'). Distractors: Chỉ thị số 11/CT-UBND, tháng 7/2024, xóm 5, NĐ 90/2017/NĐ-CP, ngày 02/8, Quốc lộ 1A/48, 'VH-TT&TT'.",
]

emit(5, COMMENTS, TEXT, FIGS, published="2024-08-05", default_loc=LOC)

"""p650-5: Party newspaper (Báo Nghệ An) — TP. Vinh catches stray dogs, fines, dog registration and vaccination."""
from lib import F, P, I, CH, emit

TEXT = """Báo Nghệ An
Thời sự > Xã hội

TP. Vinh: Bắt giữ hơn 1.200 con chó thả rông

Từ đầu năm đến nay, lực lượng chức năng TP. Vinh đã bắt giữ 1.236 con chó thả rông trên các tuyến đường, xử phạt vi phạm hành chính 312 chủ nuôi với tổng số tiền hơn 243 triệu đồng.

Theo UBND TP. Vinh, toàn thành phố hiện có khoảng 21.500 hộ nuôi chó với gần 26.000 con; số chó đã được đăng ký, tiêm phòng dại là 19.840 con, đạt 76,3%. Tuy vậy, tình trạng thả rông chó, không đeo rọ mõm khi ra đường vẫn phổ biến, nhất là tại các phường Hưng Dũng, Bến Thủy và trên đường 3/2.

Đội kiểm tra liên ngành của thành phố gồm 12 thành viên, chia thành 3 tổ, hoạt động cả ban ngày và ban đêm. Chó bị bắt được đưa về Trạm Chăn nuôi và Thú y thành phố tại số 45 đường Phong Định Cảng; sau 72 giờ nếu chủ nuôi không đến nhận sẽ bị xử lý theo quy định. Trong 9 tháng năm 2024, đã có 874 con được chủ nuôi đến nhận lại sau khi nộp phạt.

Theo Nghị định số 90/2017/NĐ-CP, hành vi thả rông chó ở nơi công cộng bị phạt tiền từ 200.000 đến 400.000 đồng; không tiêm phòng dại cho chó bị phạt từ 600.000 đến 800.000 đồng.

Năm 2023, trên địa bàn thành phố có 1.480 người bị chó cắn phải điều trị dự phòng, 1 trường hợp tử vong do bệnh dại. Thành phố phấn đấu đến năm 2025 có 100% chó nuôi được đăng ký, quản lý và trên 85% được tiêm phòng dại.

Thanh Nga
03/10/2024 07:45
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1.200 con", "1.200", 1200, "count", "con", "chó thả rông bị bắt giữ", I(YTD), approx="over"),
    F("bắt giữ 1.236 con", "1.236", 1236, "count", "con", "chó thả rông bị bắt giữ", YTD),
    F("312 chủ nuôi", "312", 312, "count", "chủ nuôi", "chủ nuôi bị xử phạt vi phạm hành chính", YTD),
    F("hơn 243 triệu đồng", "243", 243e6, "money", "đồng", "tổng số tiền xử phạt", YTD, approx="over"),
    F("khoảng 21.500 hộ", "21.500", 21500, "count", "hộ", "hộ nuôi chó", approx="about"),
    F("gần 26.000 con", "26.000", 26000, "count", "con", "chó nuôi", approx="nearly"),
    F("là 19.840 con", "19.840", 19840, "count", "con", "chó đã được đăng ký, tiêm phòng dại", percent=76.3),
    F("12 thành viên", "12", 12, "count", "thành viên", "thành viên đội kiểm tra liên ngành"),
    F("3 tổ", "3", 3, "count", "tổ", "tổ của đội kiểm tra liên ngành"),
    F("sau 72 giờ", "72", 72, "measure", "giờ", "thời hạn chủ nuôi đến nhận chó bị bắt", optional=True),
    F("có 874 con", "874", 874, "count", "con", "chó được chủ nuôi đến nhận lại sau khi nộp phạt",
      P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("từ 200.000 đến 400.000 đồng", "200.000", 200000, "money", "đồng", "mức phạt thả rông chó ở nơi công cộng",
      value_max=400000),
    F("từ 600.000 đến 800.000 đồng", "600.000", 600000, "money", "đồng", "mức phạt không tiêm phòng dại cho chó",
      value_max=800000),
    F("có 1.480 người", "1.480", 1480, "count", "người", "người bị chó cắn phải điều trị dự phòng", Y23),
    F("1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp tử vong do bệnh dại", Y23),
    F("có 100%", "100", 100, "percent", "%", "chó nuôi được đăng ký, quản lý", T25, status="target"),
    F("trên 85%", "85", 85, "percent", "%", "chó nuôi được tiêm phòng dại", T25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Nghệ An: TP. Vinh bắt giữ chó thả rông, xử phạt chủ nuôi, đàn chó đăng ký/tiêm phòng, mức phạt, người bị chó cắn; mục tiêu 2025.",
    "Byline + '03/10/2024 07:45' at the end gives published; 'Từ đầu năm đến nay' = 2024-01-01 .. published. 'đường 3/2', 'số 45 đường Phong Định Cảng',",
    "'Nghị định số 90/2017/NĐ-CP' are not figures. 'sau 72 giờ' is a rule (optional). The legal fine ranges are money figures with value_max (how much a fine is).",
    "'đạt 76,3%' is the percent of 19.840 (no part-of cue to the 26.000: no total). The 874 reclaimed dogs have no part-of cue to the 1.236: no total.",
    "'hiện có' census sentences: no period. Location Vinh (a city; its wards named without figures).",
]

if __name__ == "__main__":
    emit("p650-5", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Vinh")

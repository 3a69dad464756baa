"""p514-5: Party newspaper (Báo Bình Dương) — unemployment insurance claims, Q1/2024; recruitment demand; job fairs."""
from lib import F, P, I, CH, emit

TEXT = """Quý I/2024: Hơn 21.000 người nộp hồ sơ hưởng trợ cấp thất nghiệp

(BDO) Theo Trung tâm Dịch vụ việc làm tỉnh Bình Dương, quý I/2024 toàn tỉnh có 21.356 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 18,7% so với cùng kỳ năm 2023. Trong đó, lao động nữ chiếm 62,4%; lao động trong độ tuổi từ 25 đến 40 chiếm khoảng 70%.

Sở Lao động - Thương binh và Xã hội đã ban hành 20.874 quyết định hưởng trợ cấp thất nghiệp với tổng số tiền hơn 412 tỷ đồng; mức hưởng bình quân khoảng 5,3 triệu đồng/người/tháng. Ngoài ra, 1.087 người được hỗ trợ học nghề; 3.245 người được giới thiệu việc làm thành công, tăng 1,3 lần so với cùng kỳ.

Ông Nguyễn Văn Tường, Giám đốc Trung tâm cho biết, số lao động mất việc giảm do nhiều doanh nghiệp ngành dệt may, da giày, chế biến gỗ có đơn hàng trở lại. Tính đến cuối tháng 3/2024, các doanh nghiệp trên địa bàn đăng ký nhu cầu tuyển dụng khoảng 28.500 lao động, tập trung tại TP.Thủ Dầu Một, TP.Thuận An và TP.Dĩ An; trong đó lao động phổ thông chiếm trên 80%.

Trong quý II, Trung tâm dự kiến tổ chức 12 phiên giao dịch việc làm trực tiếp và trực tuyến, trong đó có phiên chuyên đề lần thứ 2 dành cho người khuyết tật; phấn đấu cả năm 2024 kết nối việc làm thành công cho 15.000 lượt lao động. Người lao động có nhu cầu có thể liên hệ Trung tâm tại số 126 đường 30 Tháng 4, phường Phú Thọ, TP.Thủ Dầu Một hoặc gọi số 0274.3822.917.

NGỌC THU

18/04/2024
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("Hơn 21.000 người", "21.000", 21000, "count", "người",
      "người nộp hồ sơ hưởng trợ cấp thất nghiệp", P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("có 21.356 người", "21.356", 21356, "count", "người",
      "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Q1,
      change=CH("decrease", 18.7, "%", "cùng kỳ năm 2023")),
    F("nữ chiếm 62,4%", "62,4", 62.4, "percent", "%",
      "lao động nữ", I(Q1)),
    F("từ 25 đến 40", "25", 25, "measure", "tuổi", value_max=40, optional=True),
    F("chiếm khoảng 70%", "70", 70, "percent", "%",
      "lao động trong độ tuổi từ 25 đến 40", I(Q1), approx="about"),
    F("ban hành 20.874 quyết định", "20.874", 20874, "count", "quyết định",
      "quyết định hưởng trợ cấp thất nghiệp", I(Q1)),
    F("hơn 412 tỷ đồng", "412", 412e9, "money", "đồng",
      "tổng số tiền hưởng trợ cấp thất nghiệp", I(Q1), approx="over"),
    F("khoảng 5,3 triệu đồng/người/tháng", "5,3", 5.3e6, "money", "đồng/người/tháng",
      "mức hưởng trợ cấp thất nghiệp bình quân", I(Q1), approx="about"),
    F("1.087 người", "1.087", 1087, "count", "người",
      "người được hỗ trợ học nghề", I(Q1)),
    F("3.245 người", "3.245", 3245, "count", "người",
      "người được giới thiệu việc làm thành công", I(Q1), change=CH("increase", 1.3, "lần", "cùng kỳ")),
    F("khoảng 28.500 lao động", "28.500", 28500, "count", "lao động",
      "nhu cầu tuyển dụng lao động của doanh nghiệp", P("Tính đến cuối tháng 3/2024", None, "2024-03-31"),
      approx="about"),
    F("trên 80%", "80", 80, "percent", "%",
      "lao động phổ thông", P("Tính đến cuối tháng 3/2024", None, "2024-03-31"),
      approx="over"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên",
      "phiên giao dịch việc làm trực tiếp và trực tuyến", P("quý II", "2024-04-01", "2024-06-30"), status="forecast"),
    F("cho 15.000 lượt lao động", "15.000", 15000, "count", "lượt lao động",
      "lượt lao động được kết nối việc làm thành công", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
]

COMMENTS = [
    "Báo Bình Dương (BDO, Party newspaper): bảo hiểm thất nghiệp quý I/2024, nhu cầu tuyển dụng, phiên giao dịch việc làm.",
    "Byline 'NGỌC THU' and bare date '18/04/2024' at the end = published. Distractors: ordinal 'lần thứ 2', road name",
    "'đường 30 Tháng 4', 'số 126', phone 0274.3822.917, 'TP.Thủ Dầu Một …' (named places, no figures).",
    "'Trong đó, lao động nữ chiếm 62,4%' and 'chiếm khoảng 70%' are percent figures of their own; the age range 'từ 25 đến 40'",
    "(tuổi) qualifies the group: optional, like 'dưới 1 tuổi' in shared h24. 'tăng 1,3 lần so với cùng kỳ' is the change of 3.245.",
    "'Tính đến cuối tháng 3/2024' is as-of (start null). 'Trong quý II' takes 2024 from the lead; 'dự kiến' → forecast,",
    "'phấn đấu cả năm 2024' → target (its own cue after ';').",
    "revised after the first run: subjects of the percent parts after 'Trong đó'/'trong đó' (62,4%, 70%, 80%) cut to the sentence's",
    "own naming ('lao động nữ', …) as FIGURES.md says ('as the sentence names it') and shared h14 does; they had borrowed the whole.",
]

if __name__ == "__main__":
    emit("p514-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Bình Dương")

"""p544-5: Party newspaper (Báo Đồng Tháp), drowning prevention, byline + date at the end."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """BÁO ĐỒNG THÁP - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG THÁP

Phòng, chống đuối nước trẻ em: Số trẻ tử vong giảm 35%

Năm 2023, toàn tỉnh Đồng Tháp ghi nhận 26 trẻ em tử vong do đuối nước, giảm 14 em so với năm 2022 (tương đương giảm 35%). Trong đó, trẻ em từ 5 đến 14 tuổi chiếm 61,5%; các vụ đuối nước tập trung vào dịp hè và mùa nước nổi.

Các địa phương có nhiều trẻ em tử vong do đuối nước là huyện Tháp Mười (5 em), Tam Nông (4 em), Hồng Ngự (4 em), Thanh Bình (3 em); các địa phương còn lại từ 1 đến 2 em.

Thực hiện Chương trình phòng, chống đuối nước trẻ em giai đoạn 2021-2030, năm 2023 ngành giáo dục đã tổ chức 412 lớp dạy bơi cho 12.860 trẻ em, vượt 7,2% kế hoạch, nâng tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi lên 42,3%, tăng 4,8% so với năm 2022. Tỉnh đã lắp đặt 18 bể bơi di động tại các trường học như Trường Tiểu học Mỹ An 2, Trường THCS Phú Thành A với tổng kinh phí hơn 2,7 tỷ đồng; trong đó ngân sách nhà nước chiếm 60%, còn lại từ xã hội hóa.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, mục tiêu đến năm 2025 giảm tỷ suất trẻ em tử vong do đuối nước xuống còn 4,5 trẻ/100.000 trẻ em; 50% trẻ em trong độ tuổi tiểu học biết bơi an toàn. Hè năm 2024, tỉnh dự kiến mở thêm 450 lớp dạy bơi miễn phí.

MINH TÂM

08/05/2024
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inherited=True)
y23 = Y(2023, "năm 2023")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tử vong giảm 35%", "35", 35, "percent", "%", "Số trẻ tử vong do đuối nước"),
    F("ghi nhận 26 trẻ em", "26", 26, "count", "trẻ em", "trẻ em tử vong do đuối nước", Y23,
      change=CH("decrease", 14, "em", "năm 2022")),
    F("tương đương giảm 35%", "35", 35, "percent", "%", "trẻ em tử vong do đuối nước so với năm 2022", Y23,
      optional=True),
    AGE("từ 5 đến 14 tuổi", "5", 5, value_max=14),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%",
      "trẻ em từ 5 đến 14 tuổi trong số trẻ em tử vong do đuối nước", Y23i),
    F("Tháp Mười (5 em)", "5", 5, "count", "em", "trẻ em tử vong do đuối nước", Y23i, location="Tháp Mười"),
    F("Tam Nông (4 em)", "4", 4, "count", "em", "trẻ em tử vong do đuối nước", Y23i, location="Tam Nông"),
    F("Hồng Ngự (4 em)", "4", 4, "count", "em", "trẻ em tử vong do đuối nước", Y23i, location="Hồng Ngự"),
    F("Thanh Bình (3 em)", "3", 3, "count", "em", "trẻ em tử vong do đuối nước", Y23i, location="Thanh Bình"),
    F("từ 1 đến 2 em", "1", 1, "count", "em", "trẻ em tử vong do đuối nước ở các địa phương còn lại", Y23i,
      value_max=2),
    F("412 lớp", "412", 412, "count", "lớp", "lớp dạy bơi", y23),
    F("12.860 trẻ em", "12.860", 12860, "count", "trẻ em", "trẻ em được dạy bơi", y23,
      change=CH("increase", 7.2, "%", "kế hoạch")),
    AGE("từ 6 đến 15 tuổi", "6", 6, value_max=15),
    F("lên 42,3%", "42,3", 42.3, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi", y23,
      change=CH("increase", 4.8, "%", "năm 2022")),
    F("18 bể bơi", "18", 18, "count", "bể bơi", "bể bơi di động lắp đặt tại các trường học", Y23i),
    F("hơn 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng kinh phí lắp đặt bể bơi di động", Y23i,
      approx="over"),
    F("chiếm 60%", "60", 60, "percent", "%", "ngân sách nhà nước trong tổng kinh phí lắp đặt bể bơi di động",
      Y23i),
    F("còn 4,5 trẻ/100.000", "4,5", 4.5, "measure", "trẻ/100.000 trẻ em",
      "tỷ suất trẻ em tử vong do đuối nước", T25, status="target"),
    F("; 50% trẻ em", "50", 50, "percent", "%", "trẻ em trong độ tuổi tiểu học biết bơi an toàn", T25,
      status="target"),
    F("thêm 450 lớp", "450", 450, "count", "lớp", "lớp dạy bơi miễn phí mở thêm",
      Y(2024, "Hè năm 2024", inherited=True), status="forecast"),
]

COMMENTS = [
    "Báo Đồng Tháp (Party newspaper): drowning prevention 2023; byline MINH TÂM and bare date at the end = published.",
    "Headline 'giảm 35%' is a rate that is the claim: percent figure, no change. In the lead, 26 trẻ em carries 'giảm 14 em' as its",
    "change; '(tương đương giảm 35%)' is a second change of the same figure -> optional percent figure (FIGURES.md 'one of each attribute').",
    "District list: items take the district as location; 'các địa phương còn lại từ 1 đến 2 em' is a range, location the province.",
    "'vượt 7,2% kế hoạch' = change with baseline kế hoạch. 'ngân sách nhà nước chiếm 60%' is a share of a part not stated as an",
    "amount: its own percent figure (not the percent of 2,7 tỷ). 'Hè năm 2024' is no calendar period: left inherited (unscored).",
    "Distractors: giai đoạn 2021-2030, Trường Tiểu học Mỹ An 2, '100.000' (rate denominator), ages (optional), 08/05/2024.",
]

if __name__ == "__main__":
    emit("p544-5", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Đồng Tháp")

"""p553-1: Hà Tĩnh province portal — expanded immunisation, 6 months 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Hà Tĩnh: Hơn 7.200 trẻ được tiêm chủng đầy đủ trong 6 tháng đầu năm

Cập nhật: 15/07/2024 08:30
Lượt xem: 3.482

Theo Trung tâm Kiểm soát bệnh tật (CDC) Hà Tĩnh, 6 tháng đầu năm 2024, toàn tỉnh có 7.215 trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 46,8% kế hoạch năm, tăng 5,2% so với cùng kỳ năm 2023. Tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu đạt 82,4%.

Các huyện có tỷ lệ tiêm chủng đầy đủ cao là Hương Sơn (54,1%), Đức Thọ (52,7%) và Can Lộc (51,3%); thấp nhất là thị xã Kỳ Anh (38,6%).

Với vắc xin 5 trong 1 (DPT-VGB-Hib), tỉnh đã tiếp nhận hơn 21.000 liều từ Chương trình Tiêm chủng mở rộng quốc gia, tiêm mũi 3 cho 6.940 trẻ. Ngành y tế cũng tiêm vắc xin sởi - rubella cho 1.236 trẻ từ 1 đến 5 tuổi và tiêm uốn ván cho 5.870 phụ nữ có thai, đạt lần lượt 94,5% và 88,2% số đối tượng cần tiêm.

Toàn tỉnh hiện có 216 điểm tiêm chủng thường xuyên tại trạm y tế xã, phường, thị trấn và 12 cơ sở tiêm chủng dịch vụ. Kinh phí ngân sách tỉnh mua vắc xin, vật tư tiêm chủng năm 2024 là 3,6 tỷ đồng, tăng 0,8 tỷ đồng so với năm 2023.

Ước cả năm 2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ toàn tỉnh đạt khoảng 93%. Theo Kế hoạch số 125/KH-UBND, tỉnh phấn đấu đến năm 2025 tỷ lệ này đạt trên 95%, tỷ lệ tiêm vắc xin viêm gan B sơ sinh đạt từ 85 đến 90%.

Thông tin liên hệ: CDC Hà Tĩnh, số 8 đường Hải Thượng Lãn Ông, TP. Hà Tĩnh; điện thoại 0239.3855.268.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_TCDD = "tỷ lệ tiêm chủng đầy đủ"

FIGS = [
    F("Hơn 7.200 trẻ", "7.200", 7200, "count", "trẻ", "trẻ được tiêm chủng đầy đủ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 7.215 trẻ", "7.215", 7215, "count", "trẻ",
      "trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", H1,
      percent=46.8, change=CH("increase", 5.2, "%", "cùng kỳ năm 2023")),
    F("trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại", "1", 1, "measure", "tuổi",
      approx="under", optional=True),
    F("trong 24 giờ đầu", "24", 24, "measure", "giờ", optional=True),
    F("đầu đạt 82,4%", "82,4", 82.4, "percent", "%",
      "tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu", I(H1)),
    F("Hương Sơn (54,1%)", "54,1", 54.1, "percent", "%", SUBJ_TCDD, I(H1), location="Hương Sơn"),
    F("Đức Thọ (52,7%)", "52,7", 52.7, "percent", "%", SUBJ_TCDD, I(H1), location="Đức Thọ"),
    F("Can Lộc (51,3%)", "51,3", 51.3, "percent", "%", SUBJ_TCDD, I(H1), location="Can Lộc"),
    F("Kỳ Anh (38,6%)", "38,6", 38.6, "percent", "%", SUBJ_TCDD, I(H1), location="Kỳ Anh"),
    F("hơn 21.000 liều", "21.000", 21000, "count", "liều",
      "liều vắc xin 5 trong 1 (DPT-VGB-Hib) tiếp nhận", I(H1), approx="over"),
    F("cho 6.940 trẻ", "6.940", 6940, "count", "trẻ", "trẻ được tiêm mũi 3 vắc xin 5 trong 1", I(H1)),
    F("cho 1.236 trẻ", "1.236", 1236, "count", "trẻ", "trẻ được tiêm vắc xin sởi - rubella", I(H1),
      percent=94.5),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    F("cho 5.870 phụ nữ", "5.870", 5870, "count", "phụ nữ có thai",
      "phụ nữ có thai được tiêm uốn ván", I(H1), percent=88.2),
    F("có 216 điểm tiêm", "216", 216, "count", "điểm tiêm chủng",
      "điểm tiêm chủng thường xuyên tại trạm y tế xã, phường, thị trấn"),
    F("và 12 cơ sở", "12", 12, "count", "cơ sở tiêm chủng dịch vụ", "cơ sở tiêm chủng dịch vụ"),
    F("là 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng",
      "kinh phí ngân sách tỉnh mua vắc xin, vật tư tiêm chủng", Y24,
      change=CH("increase", 800000000, "đồng", "năm 2023")),
    F("Ước cả năm 2024, tỷ lệ trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 93%", "93", 93, "percent", "%", "tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", T25,
      approx="over", status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ tiêm vắc xin viêm gan B sơ sinh", T25,
      value_max=90, status="target"),
]

COMMENTS = [
    "Hà Tĩnh province portal: tiêm chủng mở rộng 6 tháng đầu năm 2024 (breadcrumb, Cập nhật, Lượt xem).",
    "Distractors: Lượt xem 3.482, vắc xin 5 trong 1 (a name), mũi 3 (ordinal), Kế hoạch số 125/KH-UBND, số 8 đường …, phone.",
    "Ages (dưới 1 tuổi, từ 1 đến 5 tuổi) and the 24-hour window are optional thresholds (cf. shared 000 'từ 15 tuổi').",
    "'đạt lần lượt 94,5% và 88,2%' are the shares of 1.236 trẻ and 5.870 phụ nữ respectively.",
    "Headline '6 tháng đầu năm' takes the year of published (no earlier period in the text).",
]

if __name__ == "__main__":
    emit("p553-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hà Tĩnh")

"""p590-5: Party newspaper (Báo Hà Tĩnh) — dạy nghề cho phạm nhân tại Trại giam Xuân Hà."""
from lib import F, P, I, CH, emit

TEXT = """Dạy nghề giúp phạm nhân có hành trang hoàn lương

Những năm qua, Trại giam Xuân Hà (Cục C10, Bộ Công an) đóng chân trên địa bàn tỉnh Hà Tĩnh đã chú trọng dạy nghề, tổ chức lao động cho phạm nhân, xem đây là "chìa khóa" giúp họ tái hòa nhập cộng đồng.

Hiện trại đang quản lý, giáo dục gần 2.400 phạm nhân, trong đó khoảng 60% ở độ tuổi dưới 35, hơn 70% chưa có nghề ổn định trước khi vào trại.

Năm 2023, trại đã mở 24 lớp dạy nghề ngắn hạn cho 1.056 lượt phạm nhân, tăng 12% so với năm 2022, gồm các nghề may công nghiệp, mộc dân dụng, sửa chữa xe máy và trồng nấm. Kết quả có 98,3% học viên đạt yêu cầu, trong đó 41,5% đạt loại khá, giỏi. Tại Phân trại số 2, xưởng may với 120 máy may công nghiệp thường xuyên có 300 phạm nhân làm việc.

Giá trị thu được từ lao động, dạy nghề năm 2023 đạt 18,6 tỷ đồng, đạt 103,3% kế hoạch. Sau khi trừ chi phí, mỗi phạm nhân được hưởng tiền công bình quân 850.000 đồng/người/tháng, được gửi vào tài khoản lưu ký để sử dụng hoặc nhận lại khi ra trại.

Trại đã ký kết hợp tác với 7 doanh nghiệp về tiếp nhận lao động sau khi mãn hạn. Từ đầu năm 2024 đến nay, đã có 63 người ra trại được nhận vào làm việc với mức lương từ 6 đến 8 triệu đồng/tháng. Theo khảo sát của trại, từ 30 đến 40% người ra trại tìm được việc làm đúng nghề đã học.

Thượng tá Trần Văn Hùng, Giám thị Trại giam Xuân Hà cho biết, năm 2024, trại phấn đấu mở 30 lớp dạy nghề cho khoảng 1.300 lượt phạm nhân, có ít nhất 95% học viên đạt yêu cầu.

THU HÀ

14/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-14")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 2.400 phạm nhân", "2.400", 2400, "count", "phạm nhân",
      "phạm nhân trại đang quản lý, giáo dục", approx="nearly"),
    F("khoảng 60%", "60", 60, "percent", "%", "phạm nhân ở độ tuổi dưới 35", approx="about"),
    F("độ tuổi dưới 35", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("hơn 70%", "70", 70, "percent", "%", "phạm nhân chưa có nghề ổn định trước khi vào trại", approx="over"),
    F("mở 24 lớp", "24", 24, "count", "lớp", "lớp dạy nghề ngắn hạn", Y23),
    F("cho 1.056 lượt", "1.056", 1056, "count", "lượt phạm nhân", "lượt phạm nhân được dạy nghề", Y23,
      change=CH("increase", 12, baseline="năm 2022")),
    F("có 98,3%", "98,3", 98.3, "percent", "%", "học viên đạt yêu cầu", I(Y23)),
    F("đó 41,5%", "41,5", 41.5, "percent", "%", "học viên đạt loại khá, giỏi", I(Y23)),
    F("với 120 máy", "120", 120, "count", "máy may công nghiệp", "máy may công nghiệp tại xưởng may Phân trại số 2"),
    F("có 300 phạm nhân", "300", 300, "count", "phạm nhân", "phạm nhân làm việc tại xưởng may"),
    F("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", "giá trị thu được từ lao động, dạy nghề", Y23b,
      percent=103.3),
    F("bình quân 850.000 đồng", "850.000", 850000, "money", "đồng/người/tháng",
      "tiền công bình quân của phạm nhân", I(Y23b)),
    F("với 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp ký kết hợp tác tiếp nhận lao động"),
    F("có 63 người", "63", 63, "count", "người", "người ra trại được nhận vào làm việc", SINCE),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", "mức lương của người ra trại được nhận vào làm việc",
      SINCE, value_max=8e6),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "người ra trại tìm được việc làm đúng nghề đã học", value_max=40),
    F("mở 30 lớp", "30", 30, "count", "lớp", "lớp dạy nghề", Y24, status="target"),
    F("khoảng 1.300 lượt", "1.300", 1300, "count", "lượt phạm nhân", "lượt phạm nhân được dạy nghề", Y24,
      approx="about", status="target"),
    F("ít nhất 95%", "95", 95, "percent", "%", "học viên đạt yêu cầu", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Hà Tĩnh): dạy nghề, lao động cho phạm nhân tại Trại giam Xuân Hà. Byline 'THU HÀ' and a bare date at the end.",
    "The prison stands 'trên địa bàn tỉnh Hà Tĩnh': location Hà Tĩnh for every figure.",
    "Percents after 'trong đó' (60%, 70%, 41,5%) are shares, figures of their own with no total. 'độ tuổi dưới 35' threshold: optional.",
    "'đạt 103,3% kế hoạch' is the percent attribute of 18,6 tỷ đồng. 'Từ đầu năm 2024 đến nay' ends at the dateline 14/03/2024.",
    "Wages and the 850.000 đồng/người/tháng rate keep the rate in the unit. 'Hiện trại …' stock figures get no period.",
    "Distractors: Cục C10, Phân trại số 2, Thượng tá (rank title), the date line.",
]

if __name__ == "__main__":
    emit("p590-5", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hà Tĩnh")

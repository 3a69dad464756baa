from lib import F, P, I, CH, TG, emit

TEXT = """Sức khỏe
Thứ tư, 17/7/2024, 06:15 (GMT+7)

Kho máu TP HCM chỉ còn 45% mức dự trữ an toàn

Lượng máu dự trữ tại Bệnh viện Truyền máu Huyết học TP HCM giảm còn khoảng 4.500 đơn vị, chỉ bằng 45% mức an toàn, trong khi mỗi ngày bệnh viện phải cung cấp hơn 1.000 đơn vị cho gần 80 bệnh viện.

Bác sĩ Phù Chí Dũng, Giám đốc bệnh viện, cho biết mức dự trữ an toàn là 10.000 đơn vị. Từ đầu tháng 6 đến nay, lượng máu tiếp nhận giảm từ 30 đến 40% so với các tháng trước do sinh viên nghỉ hè. Nhóm máu O chiếm khoảng 42% nhu cầu sử dụng nhưng hiện chỉ đủ cho 3 ngày điều trị.

Sáu tháng đầu năm, bệnh viện tiếp nhận 138.520 đơn vị máu, giảm 4,3% so với cùng kỳ năm 2023; trong đó tiểu cầu gạn tách 9.840 đơn vị. Bệnh viện Chợ Rẫy sử dụng bình quân 350-400 đơn vị máu mỗi ngày, chủ yếu cho các ca phẫu thuật, ghép tạng và cấp cứu.

Tại Hà Nội, Viện Huyết học - Truyền máu Trung ương cho biết kho máu hiện có khoảng 8.200 đơn vị, cần bổ sung thêm gần 2.000 đơn vị mỗi ngày để bảo đảm điều trị.

Người dân từ 18 đến 60 tuổi, cân nặng từ 45 kg (nam) và 42 kg (nữ) trở lên có thể hiến máu tại 201 Phạm Viết Chánh, quận 1, từ 7h đến 17h hằng ngày. Lễ hội Giọt hồng tri ân ngày 28/7 đặt mục tiêu tiếp nhận 3.000 đơn vị máu.

Lê Phương
"""

H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("còn 45% mức", "45", 45, "percent", "%", subject="kho máu so với mức dự trữ an toàn"),
    F("khoảng 4.500 đơn vị", "4.500", 4500, "count", "đơn vị", approx="about", percent=45,
      subject="lượng máu dự trữ tại Bệnh viện Truyền máu Huyết học"),
    F("hơn 1.000 đơn vị", "1.000", 1000, "count", "đơn vị", approx="over",
      subject="máu bệnh viện phải cung cấp mỗi ngày"),
    F("gần 80 bệnh viện", "80", 80, "count", "bệnh viện", approx="nearly", subject="bệnh viện được cung cấp máu"),
    F("là 10.000 đơn vị", "10.000", 10000, "count", "đơn vị", subject="mức dự trữ an toàn"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40,
      subject="lượng máu tiếp nhận giảm so với các tháng trước",
      period=P("Từ đầu tháng 6 đến nay", "2024-06-01", "2024-07-17")),
    F("khoảng 42%", "42", 42, "percent", "%", approx="about", subject="nhóm máu O trong nhu cầu sử dụng"),
    F("cho 3 ngày", "3", 3, "measure", "ngày", subject="thời gian nhóm máu O đủ cho điều trị"),
    F("tiếp nhận 138.520 đơn vị máu", "138.520", 138520, "count", "đơn vị máu",
      change=CH("decrease", 4.3, baseline="cùng kỳ năm 2023"), subject="đơn vị máu bệnh viện tiếp nhận", period=H1),
    F("gạn tách 9.840 đơn vị", "9.840", 9840, "count", "đơn vị", total=138520, subject="tiểu cầu gạn tách",
      period=H1),
    F("350-400 đơn vị máu", "350", 350, "count", "đơn vị máu", value_max=400,
      subject="máu Bệnh viện Chợ Rẫy sử dụng bình quân mỗi ngày"),
    F("khoảng 8.200 đơn vị", "8.200", 8200, "count", "đơn vị", approx="about",
      subject="kho máu Viện Huyết học - Truyền máu Trung ương", location="Hà Nội"),
    F("gần 2.000 đơn vị", "2.000", 2000, "count", "đơn vị", approx="nearly",
      subject="máu cần bổ sung mỗi ngày", location="Hà Nội"),
    F("từ 18 đến 60 tuổi", "18", 18, "measure", "tuổi", value_max=60, optional=True),
    F("từ 45 kg", "45", 45, "measure", "kg", approx="at_least", optional=True),
    F("và 42 kg", "42", 42, "measure", "kg", approx="at_least", optional=True),
    F("tiếp nhận 3.000 đơn vị máu", "3.000", 3000, "count", "đơn vị máu", status="target",
      subject="đơn vị máu Lễ hội Giọt hồng tri ân tiếp nhận", period=P("ngày 28/7", "2024-07-28", "2024-07-28")),
]

COMMENTS = [
    "Probe 574-6: national press ('Thứ tư, 17/7/2024, 06:15 (GMT+7)', byline at the end): blood stock shortage, TP HCM + Hà Nội.",
    "Headline 45% is a figure; the body's 'chỉ bằng 45% mức an toàn' is the share of 4.500. 'giảm từ 30 đến 40%' is a rate",
    "that is the claim (percent range, no change); 'Từ đầu tháng 6 đến nay' ends at the dateline. 'trong đó' after ';' gives",
    "9.840 the whole 138.520. Donor eligibility thresholds (tuổi, kg) are optional. Hà Nội sentence: location Hà Nội.",
    "Distractors: (GMT+7), Nhóm máu O, 201 Phạm Viết Chánh, quận 1, 7h đến 17h, ngày 28/7.",
]

if __name__ == "__main__":
    emit("p574-6", TEXT, COMMENTS, FIGS, published="2024-07-17", location="TP. Hồ Chí Minh")

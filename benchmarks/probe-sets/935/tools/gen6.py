"""p935-6: national newspaper (VnExpress style), weekday + GMT+7 dateline, TP HCM private nursing homes."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh
Chủ nhật, 12/1/2025, 07:30 (GMT+7)

Viện dưỡng lão ở TP HCM kín chỗ

Nhiều viện dưỡng lão tư nhân ở TP HCM đã lấp đầy trên 90% số giường, người nhà phải đăng ký chờ 2-3 tháng mới có chỗ cho cha mẹ.

Tại Trung tâm dưỡng lão Thiên Phúc ở TP Thủ Đức, 150 giường đều đã kín, danh sách chờ có 37 người. Ông Trần Minh Quang, giám đốc trung tâm, cho biết mức phí là 9,5 triệu đồng mỗi tháng với người tự phục vụ được và 18 triệu đồng với người nằm liệt cần chăm sóc đặc biệt. "Năm 2019 chúng tôi chỉ có 60 giường, nay đã gấp 2,5 lần mà vẫn không đủ", ông nói.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, thành phố hiện có khoảng 1,3 triệu người cao tuổi, chiếm 13% dân số. Toàn thành phố có 5 cơ sở bảo trợ xã hội công lập và 22 cơ sở ngoài công lập có chăm sóc người cao tuổi, với tổng cộng hơn 2.400 giường. Như vậy, bình quân cứ 1.000 người cao tuổi chỉ có chưa đến 2 giường chăm sóc tập trung.

Khảo sát của Hội Người cao tuổi thành phố năm 2024 cho thấy khoảng 8% gia đình có người già từ 75 tuổi trở lên có nhu cầu gửi người thân vào cơ sở chăm sóc. Nhu cầu thực tế gấp khoảng 3 lần khả năng tiếp nhận hiện nay.

Thiếu nhân lực là khó khăn lớn. Lương hộ lý tại các viện tư nhân chỉ 7-9 triệu đồng/tháng, trong khi công việc vất vả; nhiều viện có tỷ lệ nghỉ việc trên 30% mỗi năm. Theo ước tính của ngành, thành phố cần khoảng 3.000 nhân viên chăm sóc người cao tuổi đã qua đào tạo. Hiện nay mới có hơn 1.100 người.

Lê Phương
"""

HCM = "Hồ Chí Minh"
TD = "Thủ Đức"

FIGS = [
    F("trên 90% số giường", "90", 90, "percent", "%", "tỷ lệ lấp đầy giường của nhiều viện dưỡng lão tư nhân",
      approx="over"),
    F("chờ 2-3 tháng", "2", 2, "measure", "tháng", "thời gian đăng ký chờ", value_max=3),
    F("Thủ Đức, 150 giường", "150", 150, "count", "giường", "giường của Trung tâm dưỡng lão Thiên Phúc",
      location=TD),
    F("chờ có 37 người", "37", 37, "count", "người", "người trong danh sách chờ", location=TD),
    F("là 9,5 triệu đồng mỗi tháng", "9,5", 9.5e6, "money", "đồng/tháng",
      "mức phí với người tự phục vụ được", location=TD),
    F("và 18 triệu đồng", "18", 18e6, "money", "đồng/tháng",
      "mức phí với người nằm liệt cần chăm sóc đặc biệt", location=TD),
    F("chỉ có 60 giường", "60", 60, "count", "giường", "giường của trung tâm",
      year("Năm 2019", 2019), location=TD),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số giường hiện nay so với năm 2019", location=TD),
    F("khoảng 1,3 triệu người", "1,3", 1.3e6, "count", "người cao tuổi", "người cao tuổi", approx="about",
      percent=13),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bảo trợ xã hội công lập có chăm sóc người cao tuổi"),
    F("và 22 cơ sở", "22", 22, "count", "cơ sở", "cơ sở ngoài công lập có chăm sóc người cao tuổi"),
    F("hơn 2.400 giường", "2.400", 2400, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      approx="over"),
    F("chưa đến 2 giường", "2", 2, "measure", "giường/1.000 người cao tuổi",
      "giường chăm sóc tập trung bình quân 1.000 người cao tuổi", approx="under"),
    F("khoảng 8% gia đình", "8", 8, "percent", "%",
      "gia đình có người già từ 75 tuổi trở lên có nhu cầu gửi người thân vào cơ sở chăm sóc",
      year("năm 2024", 2024), approx="about"),
    F("từ 75 tuổi trở lên", "75", 75, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "nhu cầu thực tế so với khả năng tiếp nhận",
      approx="about"),
    F("chỉ 7-9 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "lương hộ lý tại các viện tư nhân",
      value_max=9e6),
    F("trên 30% mỗi năm", "30", 30, "percent", "%", "tỷ lệ nghỉ việc", approx="over"),
    F("khoảng 3.000 nhân viên", "3.000", 3000, "count", "nhân viên",
      "nhân viên chăm sóc người cao tuổi đã qua đào tạo thành phố cần", approx="about", status="estimate"),
    F("hơn 1.100 người", "1.100", 1100, "count", "người",
      "nhân viên chăm sóc người cao tuổi đã qua đào tạo hiện có", approx="over"),
]

NOTES = [
    "National newspaper, 'Chủ nhật, 12/1/2025, 07:30 (GMT+7)', byline at the end. Location TP Hồ Chí Minh; the Thiên Phúc",
    "centre's figures are located in TP Thủ Đức. The two fee levels are two figures sharing the unit 'đồng/tháng' ('mỗi tháng').",
    "'nay đã gấp 2,5 lần' stands alone (its base 60 giường is a separate figure, the current 150 is not in its clause): multiple.",
    "'gấp khoảng 3 lần' stands alone: multiple, approx about. 'cứ 1.000 người cao tuổi' is the rate denominator (unit), not a",
    "figure. 'chờ 2-3 tháng' is a waiting time claimed as a fact (measure), not a period. 'Theo ước tính' marks 3.000 as estimate;",
    "'Hiện nay mới có hơn 1.100 người' is a separate sentence (actual). 'từ 75 tuổi trở lên' is a threshold (optional).",
    "5 and 22 cơ sở: no 'gồm/trong đó' after a whole, so no total; 2.400 giường is beds, not their sum.",
]

if __name__ == "__main__":
    write("p935-6", TEXT, FIGS, NOTES, published="2025-01-12", location=HCM)

"""p750-6: national press, myopia / refractive errors in schoolchildren (TP HCM, Hà Nội), 3/2024."""
from lib import fig, per, inh, chg, write

TEXT = """Sức khỏe

Thứ năm, 14/3/2024, 06:30 (GMT+7)

Gần 40% học sinh TP HCM mắc tật khúc xạ

Tỷ lệ học sinh mắc tật khúc xạ ở các đô thị lớn tăng nhanh, nhiều em cận thị nặng ngay từ bậc tiểu học.

Khảo sát của Bệnh viện Mắt TP HCM với 9.350 học sinh tại 18 trường ở 6 quận, huyện trong năm học 2022-2023 cho thấy 38,7% em mắc tật khúc xạ, tăng 5,2 điểm phần trăm so với khảo sát năm 2019. Tỷ lệ này ở bậc tiểu học là 26,4%, trung học cơ sở 41,8% và trung học phổ thông 52,3%.

Tại Hà Nội, kết quả khám mắt cho hơn 120.000 học sinh năm 2023 ghi nhận tỷ lệ cận thị khoảng 30-35% ở khu vực nội thành và 12-15% ở ngoại thành.

Theo bác sĩ Nguyễn Thị Lan, Trưởng khoa Khúc xạ, Bệnh viện Mắt TP HCM, nguyên nhân chính là trẻ dành quá nhiều thời gian cho thiết bị điện tử. Nhiều học sinh đến khám tại bệnh viện dùng điện thoại, máy tính bảng trung bình 4-5 giờ mỗi ngày, trong khi thời gian hoạt động ngoài trời chưa đến 1 giờ. Nếu không được kiểm soát, độ cận của trẻ có thể tăng thêm 0,5-1 đi-ốp mỗi năm.

Bệnh viện Mắt TP HCM mỗi ngày tiếp nhận khoảng 1.500 lượt khám, trong đó khoảng 35% là trẻ em. Năm 2023, bệnh viện cấp kính miễn phí cho 6.800 học sinh có hoàn cảnh khó khăn, trị giá gần 2 tỷ đồng.

Bác sĩ Lan khuyến cáo phụ huynh cho trẻ khám mắt định kỳ 6 tháng một lần và áp dụng quy tắc 20-20-20 khi học trực tuyến.

Lê Phương
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HN = "Hà Nội"
FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", "học sinh TP HCM mắc tật khúc xạ", approx="nearly"),
    fig("với 9.350 học sinh", "9.350", 9350, "count", "học sinh", "học sinh được khảo sát"),
    fig("tại 18 trường", "18", 18, "count", "trường", "trường được khảo sát"),
    fig("ở 6 quận, huyện", "6", 6, "count", "quận, huyện", "quận, huyện được khảo sát"),
    fig("cho thấy 38,7%", "38,7", 38.7, "percent", "%", "học sinh mắc tật khúc xạ",
        change=chg("increase", 5.2, "điểm phần trăm", "khảo sát năm 2019")),
    fig("tiểu học là 26,4%", "26,4", 26.4, "percent", "%", "tỷ lệ mắc tật khúc xạ ở bậc tiểu học"),
    fig("cơ sở 41,8%", "41,8", 41.8, "percent", "%", "tỷ lệ mắc tật khúc xạ ở bậc trung học cơ sở"),
    fig("phổ thông 52,3%", "52,3", 52.3, "percent", "%", "tỷ lệ mắc tật khúc xạ ở bậc trung học phổ thông"),
    fig("hơn 120.000 học sinh", "120.000", 120000, "count", "học sinh", "học sinh được khám mắt", Y23,
        approx="over", location=HN),
    fig("khoảng 30-35%", "30", 30, "percent", "%", "tỷ lệ cận thị ở khu vực nội thành", Y23, value_max=35,
        approx="about", location=HN),
    fig("và 12-15%", "12", 12, "percent", "%", "tỷ lệ cận thị ở ngoại thành", Y23, value_max=15, location=HN),
    fig("trung bình 4-5 giờ", "4", 4, "measure", "giờ", "thời gian dùng điện thoại, máy tính bảng mỗi ngày",
        value_max=5),
    fig("chưa đến 1 giờ", "1", 1, "measure", "giờ", "thời gian hoạt động ngoài trời", approx="under"),
    fig("thêm 0,5-1 đi-ốp", "0,5", 0.5, "measure", "đi-ốp", "độ cận của trẻ tăng thêm mỗi năm", value_max=1),
    fig("khoảng 1.500 lượt khám", "1.500", 1500, "count", "lượt khám", "lượt khám Bệnh viện Mắt tiếp nhận mỗi ngày",
        approx="about"),
    fig("khoảng 35% là trẻ em", "35", 35, "percent", "%", "trẻ em trong số lượt khám", approx="about"),
    fig("cho 6.800 học sinh", "6.800", 6800, "count", "học sinh", "học sinh có hoàn cảnh khó khăn được cấp kính miễn phí",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("gần 2 tỷ đồng", "2", 2e9, "money", "đồng", "trị giá kính cấp miễn phí",
        per("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    fig("định kỳ 6 tháng một lần", "6", 6, "measure", "tháng", "chu kỳ khám mắt khuyến cáo", optional=True),
]

NOTES = [
    "National press (VnExpress style): tật khúc xạ ở học sinh TP HCM và Hà Nội. Dateline 'Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline at the end.",
    "Location: TP HCM figures (survey, hospital, the doctor's patients) 'TP. Hồ Chí Minh' (the text writes 'TP HCM'); the Hà Nội sentence 'Hà Nội'.",
    "'38,7% …, tăng 5,2 điểm phần trăm so với khảo sát năm 2019': a level with its change (unit điểm phần trăm), not a growth rate.",
    "'năm học 2022-2023' is not in the spec's period table: unset. Headline has no period.",
    "'tăng thêm 0,5-1 đi-ốp mỗi năm' is the claim itself (a measure range), not a change. 'khoảng 35% là trẻ em' is the share of a part: its own percent.",
    "Distractors: 'quy tắc 20-20-20' (a rule's name), '(GMT+7)', dateline time; '6 tháng một lần' (advice interval) optional.",
]

if __name__ == "__main__":
    write("p750-6", TEXT, NOTES, FIGS, published="2024-03-14", location="TP. Hồ Chí Minh")

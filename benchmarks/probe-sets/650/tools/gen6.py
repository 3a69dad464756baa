"""p650-6: national press (VnExpress style) — Hà Nội: people vaccinated after bites in 5 months of 2024, vaccination points, dog census."""
from lib import F, P, I, CH, emit

TEXT = """Sức khỏe › Các bệnh

Thứ tư, 12/6/2024, 06:30 (GMT+7)

Gần 40.000 người Hà Nội tiêm phòng dại sau 5 tháng

Số người bị chó, mèo cắn phải tiêm vắc xin phòng dại tại Hà Nội tăng mạnh, một số điểm tiêm có thời điểm thiếu huyết thanh kháng dại.

Theo CDC Hà Nội, 5 tháng đầu năm, thành phố có 39.650 người đến các điểm tiêm phòng dại sau khi bị động vật cắn, cào, tăng 14% so với cùng kỳ năm 2023. Quận Hà Đông và huyện Gia Lâm có số người bị cắn cao nhất, lần lượt 2.870 và 2.415 người. Thành phố ghi nhận hai ca tử vong do bệnh dại ở Ba Vì và Sóc Sơn, cả hai đều không tiêm phòng sau phơi nhiễm.

Hà Nội hiện có 42 điểm tiêm phòng dại, trong đó 30 điểm thuộc trung tâm y tế quận, huyện. Riêng hệ thống tiêm chủng VNVC tại Hà Nội đã tiêm hơn 62.000 liều vắc xin dại trong 5 tháng, gấp 1,5 lần cùng kỳ. Một liều vắc xin dại tại đây có giá khoảng 325.000 đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn thành phố có khoảng 490.000 con chó và hơn 185.000 con mèo. Năm 2023, tỷ lệ tiêm phòng dại cho chó, mèo đạt 71,5%, riêng khu vực nội thành chỉ khoảng 40%.

"Bệnh dại khi đã lên cơn thì tử vong gần như 100%", bác sĩ Nguyễn Văn Hùng, Viện Vệ sinh dịch tễ Trung ương (số 1 Yersin), nói. Theo Tổ chức Y tế Thế giới, mỗi năm bệnh dại làm khoảng 59.000 người tử vong trên toàn cầu.

Thùy An
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
HN = "Hà Nội"

FIGS = [
    F("Gần 40.000 người", "40.000", 40000, "count", "người", "người tiêm phòng dại", I(M5), approx="nearly", location=HN),
    F("có 39.650 người", "39.650", 39650, "count", "người", "người đến các điểm tiêm phòng dại sau khi bị động vật cắn, cào",
      M5, change=CH("increase", 14, "%", "cùng kỳ năm 2023"), location=HN),
    F("lần lượt 2.870", "2.870", 2870, "count", "người", "số người bị cắn", I(M5), location="Hà Đông"),
    F("và 2.415 người", "2.415", 2415, "count", "người", "số người bị cắn", I(M5), location="Gia Lâm"),
    F("hai ca", "hai", 2, "count", "ca", "ca tử vong do bệnh dại", I(M5), location=HN),
    F("có 42 điểm", "42", 42, "count", "điểm", "điểm tiêm phòng dại", location=HN),
    F("30 điểm", "30", 30, "count", "điểm", "điểm tiêm phòng dại thuộc trung tâm y tế quận, huyện", total=42, location=HN),
    F("hơn 62.000 liều", "62.000", 62000, "count", "liều", "liều vắc xin dại hệ thống tiêm chủng VNVC tại Hà Nội đã tiêm",
      P("trong 5 tháng", "2024-01-01", "2024-05-31"), approx="over", change=CH("increase", 1.5, "lần", "cùng kỳ"),
      location=HN),
    F("khoảng 325.000 đồng", "325.000", 325000, "money", "đồng", "giá một liều vắc xin dại", approx="about", location=HN),
    F("khoảng 490.000 con", "490.000", 490000, "count", "con", "chó", approx="about", location=HN),
    F("hơn 185.000 con", "185.000", 185000, "count", "con", "mèo", approx="over", location=HN),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ tiêm phòng dại cho chó, mèo", Y23, location=HN),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ tiêm phòng dại khu vực nội thành", Y23, approx="about", location=HN),
    F("gần như 100%", "100", 100, "percent", "%", "tỷ lệ tử vong khi bệnh dại đã lên cơn", approx="nearly"),
    F("khoảng 59.000 người", "59.000", 59000, "count", "người", "người tử vong do bệnh dại trên toàn cầu mỗi năm",
      approx="about"),
]

COMMENTS = [
    "National press (VnExpress style): Hà Nội — người tiêm phòng dại sau bị cắn 5 tháng đầu năm 2024, điểm tiêm, VNVC, đàn chó/mèo, tỷ lệ tiêm phòng 2023.",
    "Dateline 'Thứ tư, 12/6/2024, 06:30 (GMT+7)' gives published and the year of the year-less '5 tháng đầu năm'. '(số 1 Yersin)' is an address.",
    "'lần lượt 2.870 và 2.415' pairs with Hà Đông, Gia Lâm (districts: location). 'hai ca' is a number word (2); the two deaths in two districts stay at Hà Nội.",
    "'gấp 1,5 lần cùng kỳ' after the doses is their change (increase, lần). 'gần như 100%' (a general medical fact) and WHO's global 59.000 describe no",
    "province: no location (so the file has no default location; every other figure is Hà Nội or its district).",
]

if __name__ == "__main__":
    emit("p650-6", TEXT, COMMENTS, FIGS, published="2024-06-12", location=None)

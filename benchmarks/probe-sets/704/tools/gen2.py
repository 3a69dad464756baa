"""p704-2: district portal, huyện Tân Biên (Tây Ninh), Ban Chỉ đạo 389 huyện, 9 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN BIÊN
Tin hoạt động > Kinh tế

Ban Chỉ đạo 389 huyện: 9 tháng bắt giữ 143 vụ buôn lậu, hàng giả
Thứ Tư, 09/10/2024 - 15:20

Chiều ngày 8/10, Ban Chỉ đạo 389 huyện Tân Biên tổ chức họp đánh giá kết quả công tác chống buôn lậu, gian lận thương mại và hàng giả. Theo báo cáo, 9 tháng năm 2024, các lực lượng chức năng trên địa bàn huyện đã phát hiện, bắt giữ 143 vụ, giảm 11 vụ so với cùng kỳ; trong đó buôn lậu 97 vụ, hàng cấm 31 vụ, hàng giả và gian lận thương mại 15 vụ. Đã khởi tố 6 vụ với 9 bị can.

Tang vật tạm giữ gồm 28.650 gói thuốc lá điếu nhập lậu, 4.120 kg đường cát, 1.350 lít rượu không rõ nguồn gốc và 615 chai dầu gội đầu giả nhãn hiệu. Tổng trị giá hàng hóa vi phạm ước khoảng 2,3 tỷ đồng. Thu nộp ngân sách nhà nước 1.468,5 triệu đồng, đạt 73,4% kế hoạch năm.

Các xã giáp biên tiếp tục là địa bàn trọng điểm: xã Tân Lập (41 vụ), xã Hòa Hiệp (33 vụ), xã Tân Bình (22 vụ). Qua đánh giá, lượng thuốc lá nhập lậu qua địa bàn giảm từ 30 đến 35% so với năm 2023 nhờ duy trì 4 tổ chốt chặn tại các đường mòn, lối mở.

Thời gian tới, Ban Chỉ đạo yêu cầu các lực lượng kiểm soát chặt tuyến ĐT 795 và khu vực cửa khẩu quốc tế Xa Mát; phấn đấu cả năm 2024 bắt giữ 190 vụ.

Minh Tâm (Phòng Kinh tế huyện)
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("bắt giữ 143 vụ buôn lậu", "143", 143, "count", "vụ",
      subject="vụ buôn lậu, hàng giả bắt giữ", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("bắt giữ 143 vụ, giảm", "143", 143, "count", "vụ",
      change=CH("decrease", 11, "vụ", "cùng kỳ"),
      subject="vụ phát hiện, bắt giữ", period=N9),
    F("buôn lậu 97 vụ", "97", 97, "count", "vụ", total=143,
      subject="vụ buôn lậu", period=N9),
    F("hàng cấm 31 vụ", "31", 31, "count", "vụ", total=143,
      subject="vụ hàng cấm", period=N9),
    F("thương mại 15 vụ", "15", 15, "count", "vụ", total=143,
      subject="vụ hàng giả và gian lận thương mại", period=N9),
    F("khởi tố 6 vụ", "6", 6, "count", "vụ",
      subject="vụ khởi tố", period=I(N9)),
    F("với 9 bị can", "9", 9, "count", "bị can",
      subject="bị can khởi tố", period=I(N9)),
    F("gồm 28.650 gói", "28.650", 28650, "count", "gói",
      subject="thuốc lá điếu nhập lậu tạm giữ", period=I(N9)),
    F("4.120 kg", "4.120", 4120, "measure", "kg",
      subject="đường cát tạm giữ", period=I(N9)),
    F("1.350 lít", "1.350", 1350, "measure", "lít",
      subject="rượu không rõ nguồn gốc tạm giữ", period=I(N9)),
    F("615 chai", "615", 615, "count", "chai",
      subject="dầu gội đầu giả nhãn hiệu tạm giữ", period=I(N9)),
    F("ước khoảng 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", approx="about", status="estimate",
      subject="tổng trị giá hàng hóa vi phạm", period=I(N9)),
    F("1.468,5 triệu đồng", "1.468,5", 1468500000, "money", "đồng", percent=73.4,
      subject="thu nộp ngân sách nhà nước", period=I(N9)),
    F("Tân Lập (41 vụ)", "41", 41, "count", "vụ",
      subject="vụ phát hiện, bắt giữ xã Tân Lập", period=I(N9)),
    F("Hòa Hiệp (33 vụ)", "33", 33, "count", "vụ",
      subject="vụ phát hiện, bắt giữ xã Hòa Hiệp", period=I(N9)),
    F("Tân Bình (22 vụ)", "22", 22, "count", "vụ",
      subject="vụ phát hiện, bắt giữ xã Tân Bình", period=I(N9)),
    F("từ 30 đến 35%", "30", 30, "percent", "%", value_max=35,
      subject="lượng thuốc lá nhập lậu qua địa bàn giảm so với năm 2023"),
    F("duy trì 4 tổ", "4", 4, "count", "tổ",
      subject="tổ chốt chặn tại các đường mòn, lối mở"),
    F("bắt giữ 190 vụ", "190", 190, "count", "vụ", status="target",
      subject="vụ bắt giữ", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Tân Biên (Tây Ninh): Ban Chỉ đạo 389 huyện, kết quả 9 tháng năm 2024 (invented, probe set 704).",
    "Distractors: 'Ban Chỉ đạo 389' (name), 'Chiều ngày 8/10', dateline 'Thứ Tư, 09/10/2024 - 15:20', 'ĐT 795' (road), cửa khẩu Xa Mát.",
    "Headline '9 tháng' takes the year of the dateline. 97 + 31 + 15 = 143 (parts after 'trong đó'). 'giảm 11 vụ so với cùng kỳ' is a change in vụ.",
    "Commune list items (xã Tân Lập …): location is the district Tân Biên (the contract's location is a province, city or district), so the commune",
    "stays in the subject; the subject is the list's indicator stated before it ('vụ … phát hiện, bắt giữ') plus the commune.",
    "revised after the first run: the 143 vụ subject had imported 'buôn lậu, gian lận thương mại và hàng giả' from the previous sentence (the contract:",
    "'as the sentence names it') -> 'vụ phát hiện, bắt giữ'; the commune items had location = commune, which the contract's location field does not",
    "allow (province, city or district) -> Tân Biên, commune moved into the subject.",
    "'giảm từ 30 đến 35% so với năm 2023' is a rate that is the claim: percent range, no change, no period (2023 is the baseline).",
    "Seized goods after 'gồm' follow no whole figure: no total. 1.468,5 triệu = 1 468 500 000 đồng; 'đạt 73,4% kế hoạch năm' is its share.",
]

if __name__ == "__main__":
    emit("p704-2", TEXT, COMMENTS, FIGS, published="2024-10-09", location="Tân Biên")

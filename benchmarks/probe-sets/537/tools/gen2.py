"""p537-2: district portal (Long Hồ, Vĩnh Long) — patrols and illegal sand mining cases, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LONG HỒ
Trang chủ | Tin hoạt động | An ninh - Trật tự
Ngày đăng: 16/04/2024 | Người đăng: Ban biên tập

Long Hồ: Quý I xử lý 9 vụ khai thác cát trái phép trên sông Cổ Chiên

Trong quý I/2024, Tổ công tác liên ngành của huyện đã tổ chức 26 cuộc tuần tra, kiểm soát trên sông Cổ Chiên và sông Pang Tra, tăng 8 cuộc so với cùng kỳ năm 2023. Qua đó phát hiện, lập biên bản 9 vụ khai thác cát trái phép, trong đó 6 vụ xảy ra vào ban đêm, từ 22 giờ đến 4 giờ sáng.

Các vụ vi phạm tập trung chủ yếu tại xã Phước Hậu (4 vụ) và Thanh Đức (3 vụ). Lực lượng chức năng tạm giữ 7 sà lan với tổng trọng tải hơn 1.850 tấn, trên sà lan có khoảng 1.240 m³ cát chưa rõ nguồn gốc. Tổng số tiền xử phạt là 612 triệu đồng, trong đó chủ phương tiện VL-05412 bị phạt 140 triệu đồng và bị tịch thu 2 máy bơm hút cát.

Theo ông Nguyễn Văn Tư, Phó Chủ tịch UBND huyện, tình trạng khai thác trái phép đã gây sạt lở 3 điểm bờ sông tại ấp Phước Ngươn A với chiều dài từ 80 đến 120 m, ảnh hưởng 17 hộ dân. Huyện đã hỗ trợ di dời khẩn cấp 5 hộ, mỗi hộ 30 triệu đồng.

Hiện trên địa bàn huyện có 2 mỏ cát được cấp phép với tổng công suất 250.000 m³/năm. Năm 2024, huyện phấn đấu giảm ít nhất 30% số vụ vi phạm so với năm 2023, đồng thời lắp đặt thêm 4 trạm quan sát tại các điểm nóng theo Kế hoạch số 58/KH-UBND.

Người dân phát hiện hành vi khai thác cát trái phép xin báo về số điện thoại 0270.3823.115 hoặc Công an xã sở tại.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xử lý 9 vụ", "9", 9, "count", "vụ",
      subject="vụ khai thác cát trái phép xử lý", period=P("Quý I", "2024-01-01", "2024-03-31")),
    F("tổ chức 26 cuộc", "26", 26, "count", "cuộc",
      change=CH("increase", 8, "cuộc", baseline="cùng kỳ năm 2023"),
      subject="cuộc tuần tra, kiểm soát", period=Q1),
    F("biên bản 9 vụ", "9", 9, "count", "vụ",
      subject="vụ khai thác cát trái phép phát hiện, lập biên bản", period=I(Q1)),
    F("đó 6 vụ", "6", 6, "count", "vụ", total=9,
      subject="vụ xảy ra vào ban đêm", period=I(Q1)),
    F("Phước Hậu (4 vụ)", "4", 4, "count", "vụ", subject="vụ vi phạm", period=I(Q1)),
    F("Thanh Đức (3 vụ)", "3", 3, "count", "vụ", subject="vụ vi phạm", period=I(Q1)),
    F("giữ 7 sà lan", "7", 7, "count", "sà lan", subject="sà lan tạm giữ", period=I(Q1)),
    F("hơn 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="over",
      subject="tổng trọng tải sà lan tạm giữ", period=I(Q1)),
    F("khoảng 1.240 m³", "1.240", 1240, "measure", "m³", approx="about",
      subject="cát chưa rõ nguồn gốc trên sà lan", period=I(Q1)),
    F("là 612 triệu đồng", "612", 612000000, "money", "đồng",
      subject="tổng số tiền xử phạt", period=I(Q1)),
    F("phạt 140 triệu đồng", "140", 140000000, "money", "đồng", total=612000000,
      subject="tiền phạt chủ phương tiện", period=I(Q1)),
    F("thu 2 máy bơm", "2", 2, "count", "máy bơm", subject="máy bơm hút cát bị tịch thu", period=I(Q1)),
    F("sạt lở 3 điểm", "3", 3, "count", "điểm", subject="điểm sạt lở bờ sông"),
    F("từ 80 đến 120 m", "80", 80, "measure", "m", value_max=120,
      subject="chiều dài sạt lở"),
    F("ảnh hưởng 17 hộ", "17", 17, "count", "hộ", subject="hộ dân bị ảnh hưởng"),
    F("khẩn cấp 5 hộ", "5", 5, "count", "hộ", subject="hộ được hỗ trợ di dời khẩn cấp"),
    F("mỗi hộ 30 triệu đồng", "30", 30000000, "money", "đồng/hộ",
      subject="mức hỗ trợ di dời mỗi hộ"),
    F("có 2 mỏ cát", "2", 2, "count", "mỏ cát", subject="mỏ cát được cấp phép"),
    F("công suất 250.000 m³/năm", "250.000", 250000, "measure", "m³/năm",
      subject="tổng công suất mỏ cát được cấp phép"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="giảm số vụ vi phạm so với năm 2023", period=Y24),
    F("thêm 4 trạm", "4", 4, "count", "trạm", status="target",
      subject="trạm quan sát lắp đặt thêm tại các điểm nóng", period=Y24),
]

COMMENTS = [
    "Long Hồ district portal (Vĩnh Long): patrols and illegal river-sand mining cases, quý I/2024. Location = the district throughout;",
    "communes (xã Phước Hậu, Thanh Đức) are below the province/city/district level of FIGURES.md, so their items keep Long Hồ.",
    "'chủ yếu tại xã Phước Hậu (4 vụ) và Thanh Đức (3 vụ)': no cue, does not add up to 9 -> no total. '26 cuộc ..., tăng 8 cuộc' -> change in cuộc.",
    "'trong đó chủ phương tiện ... bị phạt 140 triệu đồng' -> total 612 triệu. 'mỗi hộ 30 triệu đồng' -> unit đồng/hộ.",
    "'phấn đấu giảm ít nhất 30% số vụ' is a rate that is the claim (percent, at_least, target); 'đồng thời lắp đặt thêm 4 trạm' continues the target.",
    "Not figures: 22 giờ / 4 giờ sáng (times), VL-05412 (vessel number), Kế hoạch số 58/KH-UBND, phone 0270.3823.115, ấp Phước Ngươn A.",
]

if __name__ == "__main__":
    emit("p537-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Long Hồ")

"""p479-2: district portal (Quảng Điền, Thừa Thiên Huế): community flood shelters, flood-proof houses, evacuation plan, reserves."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN QUẢNG ĐIỀN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Phòng, chống thiên tai
Thứ Năm, 12/09/2024 - 14:20

Quảng Điền: 27 nhà cộng đồng tránh lũ sẵn sàng đón dân

Thực hiện Kế hoạch số 156/KH-UBND của UBND huyện về phòng, chống thiên tai năm 2024, các xã, thị trấn đã rà soát toàn bộ 27 nhà cộng đồng tránh lũ trên địa bàn, với sức chứa khoảng 6.800 người. Trong đó, 19 nhà được xây dựng từ ngân sách nhà nước, 8 nhà do các tổ chức phi chính phủ tài trợ. Các xã có nhiều nhà tránh lũ là Quảng Thái (5 nhà), Quảng Lợi (4 nhà) và Quảng Phước (4 nhà).

Giai đoạn 2021-2023, huyện đã hỗ trợ 312 hộ nghèo, cận nghèo xây dựng nhà ở có sàn vượt lũ, mức hỗ trợ 40 triệu đồng/hộ, tổng kinh phí hơn 12,4 tỷ đồng. Năm 2024, huyện dự kiến hỗ trợ thêm 85 hộ.

Theo phương án ứng phó với lũ lớn, huyện dự kiến sơ tán 3.150 hộ với 11.420 người ở vùng trũng thấp ven phá Tam Giang, trong đó khoảng 7.600 người sơ tán tại chỗ vào nhà cộng đồng và nhà kiên cố, số còn lại được đưa đến các trường học dọc Tỉnh lộ 4.

Hiện các xã đã dự trữ 18,5 tấn gạo, 1.240 thùng mì tôm và 3.600 chai nước uống. Lực lượng xung kích toàn huyện có 480 người, mỗi xã, thị trấn từ 35 đến 50 người, cùng 74 xuồng, ghe máy.

Mọi thông tin về tình hình mưa lũ xin liên hệ Ban Chỉ huy PCTT và TKCN huyện, điện thoại 0234.3551.234.

Văn Hùng - Phòng NN&PTNT
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
FIGS = [
    F("Quảng Điền: 27 nhà", "27", 27, "count", "nhà", "nhà cộng đồng tránh lũ"),
    F("toàn bộ 27 nhà", "27", 27, "count", "nhà", "nhà cộng đồng tránh lũ"),
    F("khoảng 6.800 người", "6.800", 6800, "count", "người", "sức chứa của nhà cộng đồng tránh lũ", approx="about"),
    F("19 nhà được", "19", 19, "count", "nhà", "nhà cộng đồng tránh lũ xây dựng từ ngân sách nhà nước", total=27),
    F("8 nhà do", "8", 8, "count", "nhà", "nhà cộng đồng tránh lũ do các tổ chức phi chính phủ tài trợ", total=27),
    F("Quảng Thái (5 nhà)", "5", 5, "count", "nhà", "nhà tránh lũ"),
    F("Quảng Lợi (4 nhà)", "4", 4, "count", "nhà", "nhà tránh lũ"),
    F("Quảng Phước (4 nhà)", "4", 4, "count", "nhà", "nhà tránh lũ"),
    F("hỗ trợ 312 hộ", "312", 312, "count", "hộ", "hộ nghèo, cận nghèo được hỗ trợ xây dựng nhà ở có sàn vượt lũ", G),
    F("40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ xây dựng nhà ở có sàn vượt lũ", G),
    F("hơn 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "tổng kinh phí hỗ trợ xây dựng nhà ở có sàn vượt lũ", G,
      approx="over"),
    F("thêm 85 hộ", "85", 85, "count", "hộ", "hộ được hỗ trợ thêm", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="forecast"),
    F("sơ tán 3.150 hộ", "3.150", 3150, "count", "hộ", "hộ dự kiến sơ tán ở vùng trũng thấp", status="forecast"),
    F("với 11.420 người", "11.420", 11420, "count", "người", "người dự kiến sơ tán ở vùng trũng thấp", status="forecast"),
    F("khoảng 7.600 người", "7.600", 7600, "count", "người", "người sơ tán tại chỗ vào nhà cộng đồng và nhà kiên cố",
      approx="about", total=11420, status="forecast"),
    F("18,5 tấn gạo", "18,5", 18.5, "measure", "tấn", "gạo dự trữ"),
    F("1.240 thùng", "1.240", 1240, "count", "thùng", "mì tôm dự trữ"),
    F("3.600 chai", "3.600", 3600, "count", "chai", "nước uống dự trữ"),
    F("có 480 người", "480", 480, "count", "người", "lực lượng xung kích toàn huyện"),
    F("từ 35 đến 50 người", "35", 35, "count", "người", "lực lượng xung kích mỗi xã, thị trấn", value_max=50),
    F("74 xuồng", "74", 74, "count", "xuồng", "xuồng, ghe máy"),
]

COMMENTS = [
    "Cổng TTĐT huyện Quảng Điền (invented): community flood shelters, flood-proof houses, evacuation plan, reserves (9/2024).",
    "Location: every figure is the district's. Commune items (Quảng Thái, Quảng Lợi, Quảng Phước) keep location Quảng Điền: the",
    "spec's location goes down to district level only (choice). The commune list (5+4+4) neither adds up to 27 nor follows a cue:",
    "no total. 'năm 2024' in 'Kế hoạch ... năm 2024' names the plan, so the shelter counts get no period (unscored).",
    "'dự kiến' governs its clause and the 'trong đó' part after it (forecast). Not figures: Kế hoạch số 156/KH-UBND, Tỉnh lộ 4, phone.",
]

if __name__ == "__main__":
    emit("p479-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Quảng Điền")

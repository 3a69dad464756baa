"""p687-2: Vạn Ninh district portal (Khánh Hòa) — conversion of sea cages from wood to HDPE in 2023, funding, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VẠN NINH - TỈNH KHÁNH HÒA
Tin tức > Nông nghiệp - Nông thôn
Thứ Năm, 14/03/2024 - 09:30

Hơn 3.400 ô lồng nuôi biển chuyển sang vật liệu HDPE

Năm 2023, toàn huyện có 3.426 ô lồng nuôi trồng thủy sản trên biển được chuyển đổi từ lồng gỗ truyền thống sang lồng nhựa HDPE, vượt 14,2% kế hoạch; trong đó xã Vạn Thạnh 1.580 ô lồng, xã Vạn Hưng 1.105 ô lồng, xã Vạn Thọ 741 ô lồng. Có 412 hộ tham gia chuyển đổi, chiếm khoảng 38% tổng số hộ nuôi biển của huyện.

Tổng kinh phí chuyển đổi khoảng 18,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 5,2 tỷ đồng theo Nghị quyết số 09/2022/NQ-HĐND, còn lại do người dân tự đầu tư. Mức hỗ trợ là 1,5 triệu đồng/ô lồng, tối đa không quá 60 triệu đồng/hộ.

Ông Nguyễn Văn Tám, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, lồng HDPE chịu được gió giật cấp 10, tuổi thọ từ 15 đến 20 năm. Dù chi phí đầu tư ban đầu cao, độ bền của lồng HDPE gấp 3 lần lồng gỗ. Nhờ môi trường nước thông thoáng, năng suất cá bớp, cá chim vây vàng nuôi trong lồng HDPE đạt bình quân 18-20 kg/m³, cao hơn 25% so với lồng gỗ.

Năm 2024, huyện phấn đấu chuyển đổi thêm ít nhất 2.000 ô lồng, nâng tỷ lệ lồng HDPE lên trên 60% tổng số ô lồng trên địa bàn; dự kiến nguồn vốn ngân sách hỗ trợ khoảng 3 tỷ đồng.

Thanh Hà (Phòng Văn hóa - Thông tin huyện)
Địa chỉ: số 15 Hùng Vương, thị trấn Vạn Giã, huyện Vạn Ninh. Điện thoại: 0258.3840.123
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 3.400 ô lồng", "3.400", 3400, "count", "ô lồng", "ô lồng nuôi biển chuyển sang vật liệu HDPE", I(Y23),
      approx="over"),
    F("có 3.426 ô lồng", "3.426", 3426, "count", "ô lồng",
      "ô lồng nuôi trồng thủy sản trên biển được chuyển đổi sang lồng nhựa HDPE", Y23,
      change=CH("increase", 14.2, baseline="kế hoạch")),
    F("Vạn Thạnh 1.580 ô lồng", "1.580", 1580, "count", "ô lồng", "ô lồng chuyển đổi sang HDPE xã Vạn Thạnh", Y23,
      total=3426),
    F("Vạn Hưng 1.105 ô lồng", "1.105", 1105, "count", "ô lồng", "ô lồng chuyển đổi sang HDPE xã Vạn Hưng", Y23,
      total=3426),
    F("Vạn Thọ 741 ô lồng", "741", 741, "count", "ô lồng", "ô lồng chuyển đổi sang HDPE xã Vạn Thọ", Y23, total=3426),
    F("Có 412 hộ", "412", 412, "count", "hộ", "hộ tham gia chuyển đổi", I(Y23), percent=38),
    F("khoảng 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "tổng kinh phí chuyển đổi", I(Y23), approx="about"),
    F("hỗ trợ 5,2 tỷ đồng", "5,2", 5200000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", I(Y23), total=18600000000),
    F("là 1,5 triệu đồng/ô lồng", "1,5", 1500000, "money", "đồng/ô lồng", "mức hỗ trợ"),
    F("không quá 60 triệu đồng/hộ", "60", 60000000, "money", "đồng/hộ", "mức hỗ trợ tối đa", approx="at_most"),
    F("gió giật cấp 10", "10", 10, "measure", "cấp", "gió giật lồng HDPE chịu được", optional=True),
    F("từ 15 đến 20 năm", "15", 15, "measure", "năm", "tuổi thọ lồng HDPE", value_max=20),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "độ bền của lồng HDPE so với lồng gỗ"),
    F("bình quân 18-20 kg/m³", "18", 18, "measure", "kg/m³",
      "năng suất cá bớp, cá chim vây vàng nuôi trong lồng HDPE", value_max=20,
      change=CH("increase", 25, baseline="lồng gỗ")),
    F("ít nhất 2.000 ô lồng", "2.000", 2000, "count", "ô lồng", "ô lồng chuyển đổi thêm", Y24, approx="at_least",
      status="target"),
    F("trên 60% tổng số", "60", 60, "percent", "%", "tỷ lệ lồng HDPE trong tổng số ô lồng trên địa bàn", Y24,
      approx="over", status="target"),
    F("khoảng 3 tỷ đồng", "3", 3000000000, "money", "đồng", "nguồn vốn ngân sách hỗ trợ", Y24, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Probe 687-2. Vạn Ninh district portal (Khánh Hòa), 'Thứ Năm, 14/03/2024 - 09:30', byline and footer at the end.",
    "District portal: location Vạn Ninh for all figures. The commune breakdown (xã Vạn Thạnh, …) follows 'trong đó' and",
    "adds up to 3.426: total 3426; communes are below district level, so the commune stays in the subject and location",
    "stays Vạn Ninh (choice). 'vượt 14,2% kế hoạch' is a change with baseline kế hoạch; 'chiếm khoảng 38%' is the percent",
    "of 412 hộ. 'gấp 3 lần' stands alone as the claim: multiple. 'gió giật cấp 10' is optional. Distractors: the names",
    "'Nguyễn Văn Tám' (tám = 8), NQ 09/2022/NQ-HĐND, số 15 Hùng Vương, phone 0258.3840.123, dateline.",
]

if __name__ == "__main__":
    emit("p687-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Vạn Ninh")

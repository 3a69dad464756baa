"""p1181-8: provincial newspaper online (Báo Kon Tum, '(BKT) -'), Plei Krông discharges, Sa Thầy households warned (Oct 2024)."""
from lib import F, P, I, C, T, write

TEXT = """BÁO KON TUM ĐIỆN TỬ
Kinh tế | Xã hội | Phòng chống thiên tai

Kon Tum: Hơn 1.200 hộ dân vùng hạ du thủy điện Plei Krông được cảnh báo trước khi xả lũ

04/10/2024 10:25

(BKT) - Chiều 3/10, hồ thủy điện Plei Krông mở 2 cửa van cung, xả lũ với lưu lượng 620 m³/s, sau đó tăng lên 1.050 m³/s lúc 18 giờ cùng ngày. Mực nước hồ lúc 14 giờ đạt 537,2 m (mực nước dâng bình thường 537 m).

Huyện Sa Thầy có 4 xã với 1.236 hộ nằm trong vùng ảnh hưởng khi hồ xả lũ, trong đó xã Sa Bình 412 hộ, xã Ya Ly 305 hộ. Trước khi xả, nhà máy đã gửi thông báo đến UBND huyện Sa Thầy, thành phố Kon Tum và phát còi cảnh báo tại 11 trạm dọc sông Pô Kô. Chính quyền các xã đã giúp người dân di chuyển 37 lồng cá và 120 con trâu, bò lên vùng cao.

Theo Đài Khí tượng thủy văn tỉnh, lượng mưa tháng 9 trên lưu vực sông Pô Kô gấp 1,8 lần trung bình nhiều năm; từ ngày 1 đến 3/10, tổng lượng mưa phổ biến 120-180 mm.

9 tháng năm 2024, 6 nhà máy thủy điện lớn trên địa bàn tỉnh sản xuất 2,62 tỷ kWh, bằng 76% kế hoạch năm, tăng 8,3% so với cùng kỳ; riêng quý III đạt 1,05 tỷ kWh. Năm 2024, các nhà máy phấn đấu đạt 3,45 tỷ kWh.

Ông A Sang, Phó Chủ tịch UBND huyện Sa Thầy, đề nghị người dân không đánh bắt cá, chăn thả gia súc dưới lòng sông trong thời gian hồ xả lũ; mọi tình huống khẩn cấp báo về số điện thoại 0260.3862.415.

Thanh Hà
"""

D3 = P("Chiều 3/10", "2024-10-03", "2024-10-03")
D3b = P("lúc 18 giờ cùng ngày", "2024-10-03", "2024-10-03")
SEP = P("tháng 9", "2024-09-01", "2024-09-30")
R13 = P("từ ngày 1 đến 3/10", "2024-10-01", "2024-10-03")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AFF = "hộ nằm trong vùng ảnh hưởng khi hồ xả lũ"

FIGS = [
    F("Hơn 1.200 hộ", "1.200", 1200, "count", "hộ dân", approx="over",
      subject="hộ dân vùng hạ du thủy điện Plei Krông được cảnh báo trước khi xả lũ"),
    F("mở 2 cửa", "2", 2, "count", "cửa van cung", subject="cửa van cung hồ thủy điện Plei Krông mở", period=D3),
    F("lưu lượng 620 m³/s", "620", 620, "measure", "m³/s",
      subject="lưu lượng xả lũ hồ thủy điện Plei Krông", period=D3),
    F("lên 1.050 m³/s", "1.050", 1050, "measure", "m³/s",
      subject="lưu lượng xả lũ hồ thủy điện Plei Krông", period=D3b),
    F("đạt 537,2 m", "537,2", 537.2, "measure", "m", subject="mực nước hồ Plei Krông", period=I(D3)),
    F("thường 537 m", "537", 537, "measure", "m", subject="mực nước dâng bình thường hồ Plei Krông"),
    F("có 4 xã", "4", 4, "count", "xã", subject="xã nằm trong vùng ảnh hưởng khi hồ xả lũ", location="Sa Thầy"),
    F("với 1.236 hộ", "1.236", 1236, "count", "hộ", subject=AFF, location="Sa Thầy"),
    F("Sa Bình 412 hộ", "412", 412, "count", "hộ", total=1236, subject=AFF, location="Sa Thầy"),
    F("Ya Ly 305 hộ", "305", 305, "count", "hộ", total=1236, subject=AFF, location="Sa Thầy"),
    F("tại 11 trạm", "11", 11, "count", "trạm", subject="trạm phát còi cảnh báo dọc sông Pô Kô"),
    F("37 lồng cá", "37", 37, "count", "lồng cá", subject="lồng cá di chuyển lên vùng cao", location="Sa Thầy"),
    F("120 con", "120", 120, "count", "con trâu, bò", subject="trâu, bò di chuyển lên vùng cao", location="Sa Thầy"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
      subject="lượng mưa tháng 9 trên lưu vực sông Pô Kô so với trung bình nhiều năm", period=SEP),
    F("phổ biến 120-180 mm", "120", 120, "measure", "mm", value_max=180,
      subject="tổng lượng mưa phổ biến lưu vực sông Pô Kô", period=R13),
    F("2024, 6 nhà máy", "6", 6, "count", "nhà máy thủy điện", subject="nhà máy thủy điện lớn trên địa bàn tỉnh", period=M9),
    F("sản xuất 2,62 tỷ", "2,62", 2620000000, "measure", "kWh", percent=76,
      change=C("increase", 8.3, "%", "cùng kỳ"),
      subject="sản lượng điện các nhà máy thủy điện lớn", period=M9),
    F("đạt 1,05 tỷ", "1,05", 1050000000, "measure", "kWh",
      subject="sản lượng điện các nhà máy thủy điện lớn quý III", period=Q3),
    F("đạt 3,45 tỷ", "3,45", 3450000000, "measure", "kWh", status="target",
      subject="sản lượng điện các nhà máy thủy điện", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Kon Tum): '04/10/2024 10:25', tag '(BKT) -', byline 'Thanh Hà' at the end. Default location Kon Tum.",
    "Distractors: time 10:25, 'lúc 18 giờ', 'lúc 14 giờ', phone 0260.3862.415, '(BKT)'.",
    "'xả lũ với lưu lượng 620 m³/s, sau đó tăng lên 1.050 m³/s' are two readings (no change on 1.050; no range).",
    "'(mực nước dâng bình thường 537 m)' is a design level: its own figure, not a change of 537,2 m.",
    "Passage on huyện Sa Thầy (3 sentences): the district's 4 xã, 1.236 hộ and parts after 'trong đó' (communes are not locations: Sa Thầy);",
    "the cages and cattle of 'Chính quyền các xã' continue the passage (Sa Thầy); the 11 stations along the river are province-level.",
    "'gấp 1,8 lần trung bình nhiều năm' stands as the claim: multiple. 'quý III' without year → 2024. Headline 'Hơn 1.200 hộ' has no period.",
]

if __name__ == "__main__":
    write("p1181-8", TEXT, NOTES, FIGS, published="2024-10-04", location="Kon Tum")

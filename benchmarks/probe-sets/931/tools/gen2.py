"""p931-2: district portal (huyện Krông Pắc, Đắk Lắk), trợ cấp hằng tháng cho trẻ em mồ côi, 2023."""
from lib import F, period, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ / Tin tức - Sự kiện / Lao động - Xã hội

Krông Pắc chi trả trợ cấp hằng tháng cho hơn 230 trẻ em mồ côi

Thứ Ba, 14/11/2023 - 10:20

Theo Phòng Lao động - Thương binh và Xã hội huyện Krông Pắc, tính đến ngày 31/10/2023, toàn huyện có 6.215 đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng, trong đó có 238 trẻ em mồ côi, bị bỏ rơi, chiếm 3,8%. Gần 70% số trẻ này đang sống cùng ông bà, họ hàng.

Theo Nghị định số 20/2021/NĐ-CP của Chính phủ, mức chuẩn trợ giúp xã hội là 360.000 đồng/tháng; trẻ em dưới 4 tuổi hưởng hệ số 2,5 (tương đương 900.000 đồng/tháng), trẻ em từ đủ 4 tuổi trở lên hưởng hệ số 1,5 (tương đương 540.000 đồng/tháng).

9 tháng đầu năm 2023, huyện đã chi trả trợ cấp cho trẻ em mồ côi, bị bỏ rơi với tổng số tiền hơn 1,52 tỷ đồng, đạt 76,5% kế hoạch năm. Bên cạnh đó, có 47 trẻ em được ông bà, người thân nhận chăm sóc thay thế, tăng 9 trẻ so với năm 2022; hộ nhận chăm sóc được hỗ trợ từ 540.000 đến 900.000 đồng/tháng tùy độ tuổi của trẻ.

Trong tháng 6/2023, nhân Tháng hành động vì trẻ em, UBND huyện phối hợp với các nhà hảo tâm trao 150 suất quà, mỗi suất trị giá 500.000 đồng, cho trẻ em có hoàn cảnh đặc biệt; 12 em được nhận học bổng với tổng trị giá 36 triệu đồng.

Phấn đấu đến năm 2025, 100% trẻ em có hoàn cảnh đặc biệt trên địa bàn huyện được hưởng đầy đủ chính sách trợ giúp xã hội; giảm số trẻ em phải nuôi dưỡng tại cơ sở bảo trợ xã hội xuống dưới 10 em.

Phòng Lao động - TB&XH huyện Krông Pắc, số 02 Giải Phóng, thị trấn Phước An. Điện thoại: 0262.3521.247
"""

ASOF = period("tính đến ngày 31/10/2023", None, "2023-10-31")
M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
T6 = period("tháng 6/2023", "2023-06-01", "2023-06-30")
T2025 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 230 trẻ em", "230", 230, "count", "trẻ em", approx="over",
      subject="trẻ em mồ côi được chi trả trợ cấp hằng tháng"),
    F("có 6.215 đối tượng", "6.215", 6215, "count", "đối tượng",
      subject="đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng", period=ASOF),
    F("có 238 trẻ em", "238", 238, "count", "trẻ em", total=6215, percent=3.8,
      subject="trẻ em mồ côi, bị bỏ rơi đang hưởng trợ cấp hằng tháng", period=ASOF),
    F("Gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="trẻ mồ côi đang sống cùng ông bà, họ hàng",
      period=period("tính đến ngày 31/10/2023", None, "2023-10-31", inherited=True)),
    F("là 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng",
      subject="mức chuẩn trợ giúp xã hội"),
    F("dưới 4 tuổi hưởng", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("hệ số 2,5", "2,5", 2.5, "measure", "hệ số", optional=True),
    F("(tương đương 900.000", "900.000", 900000, "money", "đồng/tháng",
      subject="mức trợ cấp trẻ em dưới 4 tuổi"),
    F("từ đủ 4 tuổi", "4", 4, "measure", "tuổi", approx="at_least", optional=True),
    F("hệ số 1,5", "1,5", 1.5, "measure", "hệ số", optional=True),
    F("(tương đương 540.000", "540.000", 540000, "money", "đồng/tháng",
      subject="mức trợ cấp trẻ em từ đủ 4 tuổi trở lên"),
    F("hơn 1,52 tỷ đồng", "1,52", 1.52e9, "money", "đồng", approx="over", percent=76.5,
      subject="tiền chi trả trợ cấp cho trẻ em mồ côi, bị bỏ rơi", period=M9),
    F("có 47 trẻ em", "47", 47, "count", "trẻ em",
      change=change("increase", 9, "trẻ", "năm 2022"),
      subject="trẻ em được ông bà, người thân nhận chăm sóc thay thế"),
    F("từ 540.000 đến 900.000", "540.000", 540000, "money", "đồng/tháng", value_max=900000,
      subject="mức hỗ trợ hộ nhận chăm sóc thay thế"),
    F("trao 150 suất quà", "150", 150, "count", "suất quà",
      subject="suất quà trao cho trẻ em có hoàn cảnh đặc biệt", period=T6),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất",
      subject="trị giá mỗi suất quà", period=T6),
    F("; 12 em", "12", 12, "count", "em",
      subject="em được nhận học bổng", period=T6),
    F("trị giá 36 triệu đồng", "36", 36e6, "money", "đồng",
      subject="tổng trị giá học bổng", period=T6),
    F(", 100% trẻ em", "100", 100, "percent", "%", status="target",
      subject="trẻ em có hoàn cảnh đặc biệt được hưởng đầy đủ chính sách trợ giúp xã hội", period=T2025),
    F("dưới 10 em", "10", 10, "count", "em", approx="under", status="target",
      subject="trẻ em phải nuôi dưỡng tại cơ sở bảo trợ xã hội", period=T2025),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): trợ cấp hằng tháng cho trẻ em mồ côi, 2023. Dateline 'Thứ Ba, 14/11/2023 - 10:20'.",
    "Distractors: Nghị định số 20/2021/NĐ-CP, số 02 Giải Phóng, phone 0262.3521.247, 'Tháng hành động vì trẻ em' (a campaign name).",
    "Coefficients 'hệ số 2,5/1,5' and age thresholds are optional; '(tương đương 900.000 đồng/tháng)' is a money figure of its own (not a share).",
    "The 100% and 'dưới 10 em' share the 'Phấn đấu đến năm 2025' cue (continuing clause): target, period end 2025-12-31.",
]

write("p931-2", TEXT, NOTES, FIGS, published="2023-11-14", location="Krông Pắc")

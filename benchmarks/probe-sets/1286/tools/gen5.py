"""p1286-5: national newspaper: Quảng Nam evacuates fishing villages before storm surge of bão số 6."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Thiên tai

Quảng Nam sơ tán hơn 9 nghìn người tránh nước dâng do bão

Thứ bảy, 26/10/2024, 09:30 (GMT+7)

Trước khi bão số 6 vào bờ, Quảng Nam sơ tán 2.746 hộ với hơn 9.100 người ở các làng chài ven biển, vùng trũng thấp đến nơi an toàn.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo, khi bão vào bờ, nước dâng do bão ở ven biển Đà Nẵng cao 0,4-0,6 m, Quảng Nam 0,6-0,8 m; sóng biển ven bờ Quảng Nam cao 4-6 m. Mực nước tổng cộng tại trạm Hội An dự báo đạt khoảng 1,8 m, có nguy cơ gây ngập vùng thấp ven biển và sạt lở đê, kè. Vùng gần tâm bão có gió mạnh cấp 10-11, giật cấp 13.

Tại xã Tam Hải, huyện Núi Thành, nơi có 1.260 hộ sống trên cồn đất kẹp giữa sông Trường Giang và biển, chính quyền đã đưa 540 hộ với gần 1.900 người vào trường học, trụ sở kiên cố. "Sóng đánh vào tận sân, cả xóm phải đi từ sáng", ông Nguyễn Văn Lượm ở thôn Thuận An nói.

Ông Phan Văn Hòa, Phó Chủ tịch UBND tỉnh, cho biết Quảng Nam có khoảng 125 km bờ biển, trong đó hơn 11 km đang bị sạt lở tại 17 điểm; riêng bờ biển Cửa Đại (TP Hội An) mỗi năm bị sóng ăn sâu 10-15 m. Tỉnh đã huy động ít nhất 3.500 người và 120 phương tiện túc trực tại các xã ven biển.

Năm 2023, TP Hội An hoàn thành 2,4 km kè mềm bảo vệ bờ biển với kinh phí khoảng 200 tỷ đồng. Tỉnh dự kiến đến năm 2025 xây dựng thêm 3 km kè chống sạt lở ở huyện Thăng Bình.

Đắc Thành
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
NT = "Núi Thành"
HA = "Hội An"

FIGS = [
    fig("hơn 9 nghìn", "9", 9000, "count", "người", approx="over",
        subject="người sơ tán tránh nước dâng do bão"),
    fig("sơ tán 2.746 hộ", "2.746", 2746, "count", "hộ",
        subject="hộ sơ tán ở các làng chài ven biển, vùng trũng thấp"),
    fig("hơn 9.100 người", "9.100", 9100, "count", "người", approx="over",
        subject="người sơ tán ở các làng chài ven biển, vùng trũng thấp"),
    fig("cao 0,4-0,6 m", "0,4", 0.4, "measure", "m", value_max=0.6, status="forecast",
        subject="nước dâng do bão ở ven biển", location="Đà Nẵng"),
    fig("Quảng Nam 0,6-0,8 m", "0,6", 0.6, "measure", "m", value_max=0.8, status="forecast",
        subject="nước dâng do bão ở ven biển"),
    fig("cao 4-6 m", "4", 4, "measure", "m", value_max=6, status="forecast",
        subject="sóng biển ven bờ"),
    fig("khoảng 1,8 m", "1,8", 1.8, "measure", "m", approx="about", status="forecast",
        subject="mực nước tổng cộng tại trạm Hội An", location=HA),
    fig("cấp 10-11", "10", 10, "measure", "cấp", value_max=11, status="forecast",
        subject="gió mạnh vùng gần tâm bão", optional=True),
    fig("giật cấp 13", "13", 13, "measure", "cấp", status="forecast",
        subject="gió giật vùng gần tâm bão", optional=True),
    fig("có 1.260 hộ", "1.260", 1260, "count", "hộ",
        subject="hộ sống trên cồn đất ở xã Tam Hải", location=NT),
    fig("đưa 540 hộ", "540", 540, "count", "hộ",
        subject="hộ được đưa vào trường học, trụ sở kiên cố", location=NT),
    fig("gần 1.900 người", "1.900", 1900, "count", "người", approx="nearly",
        subject="người được đưa vào trường học, trụ sở kiên cố", location=NT),
    fig("khoảng 125 km", "125", 125, "measure", "km", approx="about", subject="bờ biển"),
    fig("hơn 11 km", "11", 11, "measure", "km", approx="over", total=125,
        subject="bờ biển đang bị sạt lở"),
    fig("tại 17 điểm", "17", 17, "count", "điểm", subject="điểm sạt lở bờ biển"),
    fig("sâu 10-15 m", "10", 10, "measure", "m/năm", value_max=15,
        subject="bờ biển Cửa Đại bị sóng ăn sâu mỗi năm", location=HA),
    fig("ít nhất 3.500 người", "3.500", 3500, "count", "người", approx="at_least",
        subject="người túc trực tại các xã ven biển"),
    fig("120 phương tiện", "120", 120, "count", "phương tiện",
        subject="phương tiện túc trực tại các xã ven biển"),
    fig("thành 2,4 km", "2,4", 2.4, "measure", "km", period=Y23,
        subject="kè mềm bảo vệ bờ biển hoàn thành", location=HA),
    fig("khoảng 200 tỷ", "200", 200e9, "money", "đồng", approx="about", period=Y23,
        subject="kinh phí kè mềm bảo vệ bờ biển", location=HA),
    fig("thêm 3 km", "3", 3, "measure", "km", status="forecast", period=BY25,
        subject="kè chống sạt lở xây dựng thêm", location="Thăng Bình"),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 26/10/2024, 09:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 09:30, '(GMT+7)', 'bão số 6', 'thôn Thuận An' quote, 'cả xóm phải đi từ sáng'.",
    "Headline 'hơn 9 nghìn người' (multiplier nghìn) is its own figure. 'Trung tâm ... dự báo' governs the forecast sentence (forecast);",
    "'Mực nước ... dự báo đạt' → forecast. List 'ven biển Đà Nẵng 0,4-0,6 m, Quảng Nam 0,6-0,8 m': each item takes its place as location.",
    "Optional: wind force on the Beaufort scale 'cấp 10-11, giật cấp 13' (a scale level; the spec names service levels, not wind levels).",
    "Xã Tam Hải passage → Núi Thành; 'trạm Hội An', 'Cửa Đại (TP Hội An)' and the TP Hội An kè → Hội An. 'hơn 11 km' after 'trong đó' → total 125 (km);",
    "'tại 17 điểm' counts points, not km: no total. 'mỗi năm bị sóng ăn sâu 10-15 m' → rate m/năm. 'dự kiến đến năm 2025' → forecast, start null.",
]

if __name__ == "__main__":
    write("p1286-5", TEXT, NOTES, FIGS, published="2024-10-26", location="Quảng Nam")

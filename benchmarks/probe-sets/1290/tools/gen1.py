"""p1290-1: province portal (Thanh Hóa): lốc xoáy kèm mưa đá ngày 21/4/2024 at Thọ Xuân, Triệu Sơn."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Phòng, chống thiên tai

Lốc xoáy làm hơn 300 ngôi nhà ở Thọ Xuân, Triệu Sơn bị tốc mái

Cập nhật: 22/04/2024 16:45 | Lượt xem: 1.386

Khoảng 15 giờ 20 phút ngày 21/4, trên địa bàn các huyện Thọ Xuân và Triệu Sơn xảy ra dông, lốc kèm mưa đá, gió giật cấp 7-8. Cơn lốc kéo dài khoảng 20 phút.

Theo báo cáo nhanh của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, lốc xoáy đã làm 327 ngôi nhà bị hư hỏng, trong đó 5 nhà bị sập hoàn toàn, 322 nhà bị tốc mái, tốc ngói. Huyện Thọ Xuân thiệt hại nặng nhất với 214 nhà, chiếm 65,4% tổng số nhà bị hư hỏng, tập trung tại các xã Xuân Hồng, Xuân Lập và Thọ Lâm.

Về nông nghiệp, có 186,5 ha lúa đang thì làm đòng bị đổ ngã, 42 ha ngô và rau màu bị dập nát; khoảng 1.200 cây xanh bị gãy đổ; 17 cột điện hạ thế bị gãy khiến hơn 3.000 hộ dân bị mất điện. Có hai người bị thương nhẹ do mái tôn bay trúng. Ước tính tổng thiệt hại khoảng 9,6 tỷ đồng.

Ngay trong đêm 21/4, UBND tỉnh đã hỗ trợ khẩn cấp 30 triệu đồng cho mỗi hộ có nhà bị sập và 3 triệu đồng cho mỗi hộ có nhà bị tốc mái. Gần 800 lượt cán bộ, chiến sĩ quân đội, công an và đoàn viên thanh niên đã giúp dân lợp lại mái nhà. Đến sáng 22/4, đã khắc phục xong 196 nhà, đạt 60,9% số nhà bị tốc mái; ngành điện đã cấp điện trở lại cho toàn bộ các hộ dân.

UBND tỉnh yêu cầu các địa phương phấn đấu đến ngày 25/4 hoàn thành 100% việc sửa chữa nhà bị hư hỏng, đồng thời hướng dẫn nông dân thu hoạch sớm diện tích lúa bị đổ ngã.

Tin liên quan:
- Triển khai Công điện số 08/CĐ-UBND về chủ động ứng phó với dông, lốc, sét, mưa đá
- Mưa lớn gây sạt lở taluy tại thôn 3, xã Xuân Bình, huyện Như Xuân
"""

EVENT = day("ngày 21/4", "2024-04-21", inherited=True)
NIGHT = day("đêm 21/4", "2024-04-21")
ASOF = per("Đến sáng 22/4", None, "2024-04-22")
BY = per("đến ngày 25/4", None, "2024-04-25")
TX = "Thọ Xuân"

FIGS = [
    fig("làm hơn 300 ngôi nhà", "300", 300, "count", "ngôi nhà", approx="over",
        subject="ngôi nhà bị tốc mái"),
    fig("gió giật cấp 7-8", "7", 7, "measure", "cấp", value_max=8, subject="gió giật", optional=True),
    fig("khoảng 20 phút", "20", 20, "measure", "phút", approx="about",
        subject="thời gian cơn lốc kéo dài"),
    fig("làm 327 ngôi nhà", "327", 327, "count", "ngôi nhà", subject="ngôi nhà bị hư hỏng", period=EVENT),
    fig("đó 5 nhà", "5", 5, "count", "nhà", total=327, subject="nhà bị sập hoàn toàn", period=EVENT),
    fig("322 nhà bị tốc", "322", 322, "count", "nhà", total=327, subject="nhà bị tốc mái, tốc ngói",
        period=EVENT),
    fig("với 214 nhà", "214", 214, "count", "nhà", percent=65.4, subject="nhà bị hư hỏng",
        period=EVENT, location=TX),
    fig("có 186,5 ha", "186,5", 186.5, "measure", "ha",
        subject="diện tích lúa đang thì làm đòng bị đổ ngã", period=EVENT),
    fig("42 ha ngô", "42", 42, "measure", "ha", subject="diện tích ngô và rau màu bị dập nát", period=EVENT),
    fig("khoảng 1.200 cây", "1.200", 1200, "count", "cây xanh", approx="about",
        subject="cây xanh bị gãy đổ", period=EVENT),
    fig("17 cột điện", "17", 17, "count", "cột điện", subject="cột điện hạ thế bị gãy", period=EVENT),
    fig("hơn 3.000 hộ", "3.000", 3000, "count", "hộ dân", approx="over", subject="hộ dân bị mất điện",
        period=EVENT),
    fig("Có hai người", "hai", 2, "count", "người", subject="người bị thương nhẹ", period=EVENT),
    fig("khoảng 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng thiệt hại", period=EVENT),
    fig("khẩn cấp 30 triệu", "30", 30e6, "money", "đồng/hộ",
        subject="tiền hỗ trợ khẩn cấp cho hộ có nhà bị sập", period=NIGHT),
    fig("và 3 triệu đồng", "3", 3e6, "money", "đồng/hộ",
        subject="tiền hỗ trợ khẩn cấp cho hộ có nhà bị tốc mái", period=NIGHT),
    fig("Gần 800 lượt", "800", 800, "count", "lượt", approx="nearly",
        subject="lượt cán bộ, chiến sĩ quân đội, công an và đoàn viên thanh niên giúp dân lợp lại mái nhà"),
    fig("xong 196 nhà", "196", 196, "count", "nhà", percent=60.9, subject="nhà đã khắc phục xong",
        period=ASOF),
    fig("hoàn thành 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ nhà bị hư hỏng được sửa chữa", period=BY),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, 'Cập nhật: 22/04/2024 16:45 | Lượt xem: 1.386', related links.",
    "Distractors: 15 giờ 20 phút (time), ngày 21/4, đêm 21/4, sáng 22/4, 25/4 (dates), Lượt xem 1.386,",
    "Công điện số 08/CĐ-UBND, thôn 3. 'gió giật cấp 7-8' (Beaufort level) is optional: a scale level, like 'mức độ 3'.",
    "Event day 'ngày 21/4' (one-day period, year from the dateline) stands in paragraph 1: inherited for the damage figures.",
    "'trong đó 5 nhà ..., 322 nhà ...' → total 327. '214 nhà, chiếm 65,4%' → percent, location Thọ Xuân, no total cue.",
    "Figures of both districts are the province's report: location Thanh Hóa. Per-household support: unit đồng/hộ.",
    "'Đến sáng 22/4' as-of; 'phấn đấu đến ngày 25/4 ... 100%' → percent target, as-of end 2024-04-25.",
]

if __name__ == "__main__":
    write("p1290-1", TEXT, NOTES, FIGS, published="2024-04-22", location="Thanh Hóa")

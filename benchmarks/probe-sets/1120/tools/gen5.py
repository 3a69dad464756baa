"""p1120-5: Party newspaper (Báo Long An): rat hunting in huyện Thạnh Hóa, winter-spring crop 2023-2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LONG AN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An

Thạnh Hóa: Nông dân đồng loạt ra quân diệt chuột

Những ngày này, trên các cánh đồng ở huyện Thạnh Hóa, nông dân tích cực đào hang, đặt bẫy, thả chó săn để diệt chuột bảo vệ lúa Đông Xuân 2023-2024.

Theo Trạm Trồng trọt và Bảo vệ thực vật huyện, vụ Đông Xuân này toàn huyện xuống giống 38.500 ha lúa; đến nay đã có 1.240 ha bị chuột cắn phá, tỷ lệ hại từ 5-10%, cá biệt có ruộng bị hại trên 40%.

Ông Nguyễn Văn Tám ở ấp 4, xã Thủy Tây có 6 ha lúa. Để bảo vệ ruộng, ông nuôi đàn chó săn 7 con và cùng hai người con đi săn chuột mỗi tối. “Trung bình mỗi đêm tôi bắt được 20-30 kg chuột, bán cho thương lái với giá 60.000 đồng/kg”, ông Tám cho biết. Từ đầu vụ đến nay, gia đình ông đã bắt gần 1,5 tấn chuột, thu về khoảng 90 triệu đồng.

Năm nay, huyện hỗ trợ nông dân 850 kg thuốc diệt chuột sinh học, trị giá 127,5 triệu đồng, và thưởng 2.000 đồng/đuôi chuột. Tính đến ngày 10/3, các xã đã thu 186.000 đuôi chuột, chi thưởng 372 triệu đồng, đạt 74% dự toán.

Toàn huyện có 11/11 xã, thị trấn tham gia chiến dịch. Mục tiêu của chiến dịch là diệt trên 500.000 con chuột, khống chế tỷ lệ hại dưới 3% diện tích gieo sạ. Theo ông Trần Văn Hùng, Phó Chủ tịch UBND huyện, sau Tết Nguyên đán, huyện sẽ tổ chức thêm 2 đợt ra quân vào ngày 25/3 và ngày 5/4.

MINH ĐỨC
14/03/2024
"""

NOW = P("đến nay", None, "2024-03-14")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 10/3", None, "2024-03-10")
TAM = "ông Nguyễn Văn Tám"

FIGS = [
    F("giống 38.500 ha", "38.500", 38500, "measure", "ha", subject="diện tích lúa Đông Xuân xuống giống"),
    F("có 1.240 ha", "1.240", 1240, "measure", "ha", subject="diện tích lúa bị chuột cắn phá", period=NOW),
    F("từ 5-10%", "5", 5, "percent", "%", value_max=10, subject="tỷ lệ hại", period=NOW),
    F("trên 40%", "40", 40, "percent", "%", approx="over", subject="tỷ lệ hại cá biệt", period=NOW),
    F("có 6 ha", "6", 6, "measure", "ha", subject="diện tích lúa của " + TAM),
    F("chó săn 7 con", "7", 7, "count", "con", subject="chó săn của " + TAM),
    F("hai người con", "hai", 2, "count", "người con", optional=True, subject="người con cùng đi săn chuột"),
    F("được 20-30 kg", "20", 20, "measure", "kg/đêm", value_max=30,
      subject="chuột ông Tám bắt được mỗi đêm"),
    F("giá 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", subject="giá bán chuột cho thương lái"),
    F("gần 1,5 tấn", "1,5", 1.5, "measure", "tấn", approx="nearly", subject="chuột gia đình ông Tám đã bắt"),
    F("khoảng 90 triệu", "90", 90000000, "money", "đồng", approx="about",
      subject="tiền thu về từ bán chuột của gia đình ông Tám"),
    F("850 kg", "850", 850, "measure", "kg", subject="thuốc diệt chuột sinh học huyện hỗ trợ nông dân",
      period=Y24),
    F("127,5 triệu", "127,5", 127500000, "money", "đồng", subject="trị giá thuốc diệt chuột sinh học hỗ trợ",
      period=Y24),
    F("2.000 đồng/đuôi", "2.000", 2000, "money", "đồng/đuôi chuột", subject="mức thưởng đuôi chuột",
      period=Y24),
    F("thu 186.000 đuôi", "186.000", 186000, "count", "đuôi chuột", subject="đuôi chuột các xã đã thu",
      period=ASOF),
    F("thưởng 372 triệu", "372", 372000000, "money", "đồng", percent=74, subject="tiền chi thưởng đuôi chuột",
      period=ASOF),
    F("có 11/11 xã", "11", 11, "count", "xã, thị trấn", total=11, subject="xã, thị trấn tham gia chiến dịch"),
    F("trên 500.000 con", "500.000", 500000, "count", "con chuột", approx="over", status="target",
      subject="chuột diệt trong chiến dịch"),
    F("dưới 3%", "3", 3, "percent", "%", approx="under", status="target", subject="tỷ lệ hại"),
    F("thêm 2 đợt", "2", 2, "count", "đợt ra quân", status="forecast", optional=True,
      subject="đợt ra quân tổ chức thêm"),
]

NOTES = [
    "Party newspaper (Báo Long An): feature on huyện Thạnh Hóa; byline 'MINH ĐỨC' and bare date '14/03/2024' at the end (published).",
    "Default location Thạnh Hóa (district); xã Thủy Tây lies in it. The title line 'tỉnh Long An' is the masthead.",
    "Distractors: 'Đông Xuân 2023-2024' (season name), 'ấp 4', the names 'Nguyễn Văn Tám' / 'ông Tám' (tám = 8) and 'Trần Văn Hùng',",
    "'Tết Nguyên đán', dates 25/3 and 5/4. 'hai người con' (family members) and 'thêm 2 đợt ra quân' (structure, 'sẽ' → forecast) optional.",
    "'đến nay' = as of the published date (start null, end 2024-03-14); 'Năm nay' = 2024; 'Tính đến ngày 10/3' takes 2024 from the date.",
    "'mỗi đêm … 20-30 kg' is a rate (kg/đêm). 'chi thưởng 372 triệu đồng, đạt 74% dự toán' → percent 74. 'trị giá 127,5 triệu' is its own money figure.",
    "'Từ đầu vụ đến nay' has no calendar start: no gold period for the farm's totals.",
]

if __name__ == "__main__":
    write("p1120-5", TEXT, NOTES, FIGS, published="2024-03-14", location="Thạnh Hóa")

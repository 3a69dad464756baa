"""p1239-2: district portal (huyện Sìn Hồ, Lai Châu): spring walnut planting 2024, a household in bản Pu Căn."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÌN HỒ
Trang chủ | Tin tức - Sự kiện | Kinh tế
Thứ Ba, 12/03/2024 - 15:20

Sìn Hồ ra quân trồng 120 ha óc chó vụ xuân

Sáng 11/3, tại bản Pu Căn, xã Tả Phìn, UBND huyện Sìn Hồ tổ chức lễ ra quân trồng cây óc chó vụ xuân năm 2024. Theo kế hoạch, năm nay huyện trồng mới 120 ha óc chó tại sáu xã vùng cao, trong đó xã Tả Phìn 35 ha, xã Phìn Hồ 28 ha. Huyện đã tiếp nhận 26.400 cây giống ghép, trồng với mật độ 220 cây/ha.

Gia đình anh Lò Văn Thắng ở bản Pu Căn là một trong những hộ trồng óc chó sớm nhất xã. Năm 2017, anh trồng hai ha óc chó xen với chè; đến nay vườn có khoảng 450 cây đang cho quả. Vụ thu hoạch năm 2023, gia đình anh thu được 1,2 tấn hạt khô, bán với giá 180.000 đồng/kg, thu về hơn 200 triệu đồng. Trừ chi phí phân bón, công chăm sóc, mỗi năm gia đình anh lãi khoảng 170 triệu đồng.

Hiện toàn huyện có 1.046 ha óc chó với khoảng 2.300 hộ tham gia trồng; diện tích cho thu hoạch 185 ha, chiếm 17,7% tổng diện tích. Năm 2023, sản lượng hạt khô đạt 162 tấn, tăng 28 tấn so với năm 2022.

Huyện hỗ trợ 100% cây giống và 3 triệu đồng/ha tiền phân bón năm đầu cho các hộ trồng mới. Mục tiêu đến năm 2025, Sìn Hồ có 1.300 ha óc chó; thu nhập từ diện tích óc chó kinh doanh đạt 60-80 triệu đồng/ha/năm.

Thu Hà (Trung tâm VH-TT&TT huyện)
Lượt xem: 528
"""

Y24 = P("năm nay", "2024-01-01", "2024-12-31")
Y17 = P("Năm 2017", "2017-01-01", "2017-12-31")
Y23H = P("Vụ thu hoạch năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NEW = "diện tích óc chó trồng mới"

FIGS = [
    F("trồng 120 ha", "120", 120, "measure", "ha", subject="diện tích óc chó trồng vụ xuân"),
    F("trồng mới 120 ha", "120", 120, "measure", "ha", status="target", subject=NEW, period=Y24),
    F("tại sáu xã", "sáu", 6, "count", "xã", status="target", subject="xã vùng cao trồng mới óc chó", period=Y24),
    F("Tả Phìn 35 ha", "35", 35, "measure", "ha", status="target", total=120,
      subject=f"{NEW} xã Tả Phìn", period=Y24),
    F("Phìn Hồ 28 ha", "28", 28, "measure", "ha", status="target", total=120,
      subject=f"{NEW} xã Phìn Hồ", period=Y24),
    F("tiếp nhận 26.400 cây", "26.400", 26400, "count", "cây giống ghép",
      subject="cây giống ghép huyện đã tiếp nhận", period=I(Y24)),
    F("mật độ 220 cây/ha", "220", 220, "measure", "cây/ha", subject="mật độ trồng óc chó"),
    F("trồng hai ha", "hai", 2, "measure", "ha",
      subject="diện tích óc chó anh Lò Văn Thắng trồng xen với chè", period=Y17),
    F("khoảng 450 cây", "450", 450, "count", "cây", approx="about",
      subject="cây óc chó đang cho quả trong vườn"),
    F("được 1,2 tấn", "1,2", 1.2, "measure", "tấn",
      subject="hạt óc chó khô gia đình anh Lò Văn Thắng thu được", period=Y23H),
    F("giá 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg",
      subject="giá bán hạt óc chó khô", period=Y23H),
    F("hơn 200 triệu", "200", 200000000, "money", "đồng", approx="over",
      subject="tiền thu về từ bán hạt óc chó", period=Y23H),
    F("khoảng 170 triệu", "170", 170000000, "money", "đồng", approx="about",
      subject="tiền lãi mỗi năm của gia đình anh Lò Văn Thắng"),
    F("có 1.046 ha", "1.046", 1046, "measure", "ha", subject="diện tích óc chó toàn huyện"),
    F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", approx="about", subject="hộ tham gia trồng óc chó"),
    F("thu hoạch 185 ha", "185", 185, "measure", "ha", percent=17.7, subject="diện tích óc chó cho thu hoạch"),
    F("đạt 162 tấn", "162", 162, "measure", "tấn", change=C("increase", 28, "tấn", "năm 2022"),
      subject="sản lượng hạt óc chó khô", period=Y23),
    F("hỗ trợ 100%", "100", 100, "percent", "%", subject="mức hỗ trợ cây giống cho các hộ trồng mới"),
    F("3 triệu đồng/ha", "3", 3000000, "money", "đồng/ha", subject="hỗ trợ tiền phân bón năm đầu cho các hộ trồng mới"),
    F("có 1.300 ha", "1.300", 1300, "measure", "ha", status="target", subject="diện tích óc chó", period=T25),
    F("60-80 triệu", "60", 60000000, "money", "đồng/ha/năm", value_max=80000000, status="target",
      subject="thu nhập từ diện tích óc chó kinh doanh", period=T25),
]

NOTES = [
    "District portal (huyện Sìn Hồ, Lai Châu): 'Thứ Ba, 12/03/2024 - 15:20' (published); byline at the end, 'Lượt xem: 528'.",
    "Default location is the district (Sìn Hồ); communes (Tả Phìn, Phìn Hồ) are not places of the figure in the spec sense.",
    "Distractors: 'Sáng 11/3', 15:20, 'Lượt xem: 528', 'một trong những hộ' (not a count), 'năm đầu' (support rule), 'VH-TT&TT'.",
    "Number words: 'sáu xã' (6), 'hai ha' (2). 'Theo kế hoạch, năm nay' → target with period 2024 (năm nay = year of published).",
    "The headline 120 ha has no period and no status cue of its own (actual; 'Theo kế hoạch' governs only the body sentence). 35 + 28 ha follow 'trong đó' after 120 ha: total 120.",
    "26.400 cây: period inherited from the first sentences (vụ xuân năm 2024 / năm nay). 'trồng từ năm 2017' locates the 2 ha in 2017.",
    "revised after the first run: headline 120 ha status target → actual (a cue governs its own clause; the headline has none).",
    "185 ha 'chiếm 17,7% tổng diện tích': percent only; no total (no part-of cue). 'Mục tiêu đến năm 2025' continues after ';' → target.",
]

if __name__ == "__main__":
    write("p1239-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Sìn Hồ")

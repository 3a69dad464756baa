from lib import F, P, C, T, write

A = """UBND HUYỆN LỤC NGẠN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện

Lục Ngạn: Hơn 300 điểm cân, thu mua vải thiều hoạt động hết công suất

Vụ vải thiều năm 2024, toàn huyện có 28.000 ha vải, trong đó diện tích vải sớm 6.500 ha, vải sản xuất theo tiêu chuẩn VietGAP 13.200 ha (chiếm 47,1%); tổng sản lượng ước đạt 110.000 tấn, tăng khoảng 25% so với vụ trước.

Tính đến ngày 20/6, trên địa bàn huyện có 326 điểm cân, thu mua vải thiều, trong đó 112 điểm của thương nhân Trung Quốc; 18 cơ sở sơ chế, đóng gói đạt tiêu chuẩn xuất khẩu. Huyện đã thu hoạch được khoảng 72.000 tấn, đạt 65,5% sản lượng; giá bán bình quân từ 15.000 đến 28.000 đồng/kg, cao hơn 3.000-5.000 đồng/kg so với vụ trước.

Mỗi ngày có từ 450 đến 500 lượt xe tải, xe container vận chuyển vải đi các tỉnh phía Nam và các cửa khẩu thuộc tỉnh Lạng Sơn, Lào Cai. Công an huyện bố trí 14 tổ công tác phân luồng trên Quốc lộ 31 và đường tỉnh 290, bảo đảm không để xảy ra ùn tắc tại các điểm thu mua; ga Kép mở thêm hai chuyến tàu liên vận chở vải sang Trung Quốc mỗi tuần.

Bên cạnh đó, sản lượng vải tiêu thụ qua sàn thương mại điện tử ước đạt 3.200 tấn, gấp 1,5 lần vụ năm 2023. Huyện phấn đấu đến năm 2025 có 100% điểm thu mua được cấp mã số và kết nối dữ liệu truy xuất nguồn gốc.

Thương nhân, doanh nghiệp cần hỗ trợ về thủ tục, phương tiện vận chuyển liên hệ Tổ công tác hỗ trợ tiêu thụ vải thiều của huyện qua số điện thoại 0204.3882.135 (trực 24/24 giờ).

Ngọc Anh - Văn phòng HĐND và UBND huyện
25/06/2024
"""

Y24 = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31", inh=True)
D20 = P("Tính đến ngày 20/6", None, "2024-06-20")
D20I = P("Tính đến ngày 20/6", None, "2024-06-20", inh=True)

FIGS = [
    F("Hơn 300 điểm cân", "300", 300, "count", "điểm cân, thu mua", "điểm cân, thu mua vải thiều hoạt động",
      approx="over"),
    F("có 28.000 ha", "28.000", 28000, "measure", "ha", "diện tích vải", period=Y24),
    F("vải sớm 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích vải sớm", total=28000, period=Y24),
    F("VietGAP 13.200 ha", "13.200", 13200, "measure", "ha", "vải sản xuất theo tiêu chuẩn VietGAP",
      total=28000, percent=47.1, period=Y24),
    F("ước đạt 110.000 tấn", "110.000", 110000, "measure", "tấn", "tổng sản lượng vải", status="estimate",
      change=C("increase", 25, "%", "vụ trước", approx="about"), period=Y24),
    F("có 326 điểm cân", "326", 326, "count", "điểm cân, thu mua", "điểm cân, thu mua vải thiều", period=D20),
    F("trong đó 112 điểm", "112", 112, "count", "điểm", "điểm cân, thu mua của thương nhân Trung Quốc",
      total=326, period=D20),
    F("18 cơ sở sơ chế", "18", 18, "count", "cơ sở sơ chế, đóng gói",
      "cơ sở sơ chế, đóng gói đạt tiêu chuẩn xuất khẩu", period=D20),
    F("khoảng 72.000 tấn", "72.000", 72000, "measure", "tấn", "sản lượng vải đã thu hoạch", approx="about",
      percent=65.5, period=D20I),
    F("từ 15.000 đến 28.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá bán vải bình quân",
      value_max=28000, change=C("increase", 3000, "đồng/kg", "vụ trước"), period=D20I),
    F("từ 450 đến 500 lượt xe", "450", 450, "count", "lượt xe", "xe tải, xe container vận chuyển vải mỗi ngày",
      value_max=500, period=Y24I),
    F("bố trí 14 tổ", "14", 14, "count", "tổ công tác", "tổ công tác phân luồng", period=Y24I),
    F("thêm hai chuyến tàu", "hai", 2, "count", "chuyến tàu", "chuyến tàu liên vận chở vải sang Trung Quốc mỗi tuần",
      period=Y24I),
    F("ước đạt 3.200 tấn", "3.200", 3200, "measure", "tấn", "sản lượng vải tiêu thụ qua sàn thương mại điện tử",
      status="estimate", change=C("increase", 1.5, "lần", "vụ năm 2023"), period=Y24I),
    F("có 100% điểm", "100", 100, "percent", "%", "điểm thu mua được cấp mã số và kết nối dữ liệu truy xuất nguồn gốc",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

HEADER = """
Probe 279-3. District portal of Lục Ngạn (Bắc Giang): lychee season 2024 - collection points, harvest, prices, trucks, trains.
No dateline at the top; bare date '25/06/2024' at the end after the byline.
Distractors: 'Quốc lộ 31', 'đường tỉnh 290' (road names), 'ga Kép', phone 0204.3882.135, '24/24 giờ' (service hours),
destinations 'các tỉnh phía Nam', 'tỉnh Lạng Sơn, Lào Cai' (not places of the figures), 'thương nhân Trung Quốc' (not a place).
The headline 'Hơn 300 điểm cân' is a figure (no period in the headline). 'trong đó' parts of 28.000 ha carry total 28000;
'(chiếm 47,1%)' is the share of 13.200 ha. The price range has change 3.000 (first number of the range '3.000-5.000').
'gấp 1,5 lần vụ năm 2023' after a figure is that figure's change (unit lần). 'Tính đến ngày 20/6' takes 2024.
"""

if __name__ == "__main__":
    write("p279-3", A, FIGS, HEADER, published="2024-06-25", location="Lục Ngạn")

from lib import F, P, build

TEXT = """Lâm Đồng đẩy mạnh truy xuất nguồn gốc nông sản gắn với mã số vùng trồng

Tính đến ngày 31/10/2024, toàn tỉnh Lâm Đồng có 1.245 tổ chức, cá nhân tham gia hệ thống truy xuất nguồn gốc nông sản của tỉnh với 3.180 sản phẩm, tăng 312 đơn vị so với cuối năm 2023. Đã có hơn 2,6 triệu tem truy xuất nguồn gốc được phát hành; trong đó, riêng quý III/2024 phát hành 486.000 tem, chiếm 18,7%.

Về mã số vùng trồng, lũy kế tỉnh đã được cấp 792 mã với tổng diện tích khoảng 19.850 ha, gồm: sầu riêng 436 mã (12.106 ha), bơ 128 mã (2.914 ha), chanh dây 97 mã (1.653 ha), cà phê 84 mã (2.460 ha) và các loại cây khác 47 mã (717 ha). Huyện Đạ Huoai và huyện Bảo Lâm dẫn đầu với lần lượt 214 mã và 167 mã.

Năm 2023, tỉnh bị thu hồi 58 mã số vùng trồng; 10 tháng năm 2024 có thêm 36 mã bị thu hồi, chủ yếu do không ghi chép nhật ký sản xuất. Toàn tỉnh có 153 cơ sở đóng gói được cấp mã số, trong đó 121 cơ sở đóng gói sầu riêng, 19 cơ sở đóng gói chanh dây.

Giai đoạn 2021-2025, tỉnh bố trí trên 15 tỷ đồng từ ngân sách để hỗ trợ xây dựng vùng trồng, cấp mã QR và tập huấn cho khoảng 8.000 lượt nông dân. Mục tiêu đến năm 2025, 100% cơ sở đóng gói và trên 80% mã số vùng trồng tham gia hệ thống truy xuất nguồn gốc; đến năm 2030 có 1.200 mã số vùng trồng.

Theo Quyết định số 1982/QĐ-UBND, Sở Nông nghiệp và PTNT là đầu mối tiếp nhận hồ sơ tại số 35 Trần Hưng Đạo, phường 10, TP Đà Lạt; hotline 0263.3822.445.

Nguồn: Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng
"""

AS = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
AS_I = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 1.245 tổ chức", "1.245", 1245, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân tham gia hệ thống truy xuất nguồn gốc nông sản",
      change={"direction": "increase", "value": 312, "unit": "đơn vị", "baseline": "cuối năm 2023"}, period=AS),
    F("với 3.180 sản phẩm", "3.180", 3180, "count", "sản phẩm", "sản phẩm trên hệ thống truy xuất nguồn gốc",
      period=AS),
    F("hơn 2,6 triệu tem", "2,6", 2600000, "count", "tem", "tem truy xuất nguồn gốc được phát hành",
      approx="over", period=AS_I),
    F("hành 486.000 tem", "486.000", 486000, "count", "tem", "tem truy xuất nguồn gốc phát hành",
      total=2600000, percent=18.7, period=Q3),
    F("cấp 792 mã", "792", 792, "count", "mã", "mã số vùng trồng được cấp", period=AS_I),
    F("khoảng 19.850 ha", "19.850", 19850, "measure", "ha", "tổng diện tích mã số vùng trồng", approx="about",
      period=AS_I),
]
ITEMS = [("sầu riêng", "436", "12.106"), ("bơ", "128", "2.914"), ("chanh dây", "97", "1.653"),
         ("cà phê", "84", "2.460"), ("các loại cây khác", "47", "717")]
for crop, n, ha in ITEMS:
    FIGS.append(F(f"{crop} {n} mã", n, int(n), "count", "mã", f"mã số vùng trồng {crop}", total=792, period=AS_I))
    FIGS.append(F(f"({ha} ha)", ha, int(ha.replace(".", "")), "measure", "ha", f"diện tích mã số vùng trồng {crop}",
                  total=19850, period=AS_I))
FIGS += [
    F("lượt 214 mã", "214", 214, "count", "mã", "mã số vùng trồng", period=AS_I, location="Đạ Huoai"),
    F("và 167 mã", "167", 167, "count", "mã", "mã số vùng trồng", period=AS_I, location="Bảo Lâm"),
    F("thu hồi 58 mã", "58", 58, "count", "mã số vùng trồng", "mã số vùng trồng bị thu hồi",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 36 mã", "36", 36, "count", "mã", "mã bị thu hồi", period=M10),
    F("có 153 cơ sở", "153", 153, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã số", period=AS_I),
    F("trong đó 121 cơ sở", "121", 121, "count", "cơ sở đóng gói", "cơ sở đóng gói sầu riêng", total=153,
      period=AS_I),
    F("19 cơ sở", "19", 19, "count", "cơ sở đóng gói", "cơ sở đóng gói chanh dây", total=153, period=AS_I),
    F("trên 15 tỷ đồng", "15", 15000000000, "money", "đồng", "ngân sách hỗ trợ xây dựng vùng trồng, cấp mã QR và tập huấn",
      approx="over", period=GD),
    F("khoảng 8.000 lượt", "8.000", 8000, "count", "lượt nông dân", "lượt nông dân được tập huấn", approx="about",
      period=GD),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở đóng gói tham gia hệ thống truy xuất nguồn gốc",
      status="target", period=T25),
    F("trên 80%", "80", 80, "percent", "%", "mã số vùng trồng tham gia hệ thống truy xuất nguồn gốc",
      approx="over", status="target", period=T25),
    F("có 1.200 mã", "1.200", 1200, "count", "mã số vùng trồng", "mã số vùng trồng", status="target", period=T30),
]

COMMENTS = [
    "Province news (Lâm Đồng, source line at the end, NO dateline: published null): traceability system, growing-area codes by crop, revocations, packing facilities.",
    "Crop breakdown after 'gồm:' following '792 mã … khoảng 19.850 ha': each code count has total 792, each bracketed area total 19850 (parts add up).",
    "'hơn 2,6 triệu tem …; trong đó, riêng quý III/2024 phát hành 486.000 tem, chiếm 18,7%': total 2600000, percent 18.7, period quý III/2024.",
    "Cumulative stocks without their own period phrase inherit 'Tính đến ngày 31/10/2024'. 'tăng 312 đơn vị so với cuối năm 2023' is the change of 1.245.",
    "'lần lượt 214 mã và 167 mã' after two districts: each district is the location. 121 and 19 after 'trong đó': total 153.",
    "Targets: 'Mục tiêu đến năm 2025 …', 'đến năm 2030 có 1.200 mã' (status target). 'Giai đoạn 2021-2025' is the period of the budget.",
    "Distractors: 'Quyết định số 1982/QĐ-UBND', address 'số 35 Trần Hưng Đạo, phường 10', hotline 0263.3822.445.",
]

if __name__ == "__main__":
    build(8, TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")

"""p1498-2: district portal (huyện Văn Lâm, Hưng Yên): a maker of sockets, extension cords and switches."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Kinh tế / Công nghiệp - Tiểu thủ công nghiệp

Doanh nghiệp sản xuất ổ cắm điện mở rộng thị trường
18/03/2025 - 10:20

Công ty TNHH Thiết bị điện Minh Quang, đóng tại Khu công nghiệp Như Quỳnh A, là một trong những doanh nghiệp sản xuất ổ cắm, phích cắm và công tắc điện lớn của huyện. Năm 2024, công ty sản xuất 3,6 triệu sản phẩm các loại, tăng 18% so với năm 2023; doanh thu đạt 214 tỷ đồng, vượt 7% kế hoạch; nộp ngân sách hơn 9,5 tỷ đồng.

Hiện công ty có 4 dây chuyền ép nhựa và lắp ráp, gồm ba dây chuyền sản xuất ổ cắm kéo dài và một dây chuyền sản xuất công tắc, mặt ổ âm tường. Mỗi ngày nhà máy xuất xưởng khoảng 12.000 sản phẩm. Ổ cắm kéo dài của công ty dùng dây đồng tiết diện 1,5 mm2, chịu tải tối đa 2.500 W, giá bán lẻ từ 85.000 đến 160.000 đồng/chiếc.

Công ty giải quyết việc làm cho 326 lao động, trong đó 215 lao động nữ, thu nhập bình quân 9,2 triệu đồng/người/tháng. Năm 2024, sản phẩm của công ty đã có mặt tại 42 tỉnh, thành phố, xuất khẩu sang Lào và Campuchia khoảng 150.000 sản phẩm.

Ông Trần Đức Minh, Giám đốc công ty cho biết: "Năm 2025, chúng tôi phấn đấu doanh thu đạt 250 tỷ đồng, dự kiến đầu tư thêm 2 dây chuyền tự động với tổng vốn khoảng 35 tỷ đồng".

Toàn huyện hiện có 11 doanh nghiệp sản xuất thiết bị điện dân dụng, sử dụng gần 2.000 lao động.

Nguồn: Phòng Kinh tế và Hạ tầng

Tin khác:
- Văn Lâm: Hội nghị đối thoại với doanh nghiệp năm 2025
- Xã Lạc Hồng ra mắt mô hình "Khu dân cư an toàn về điện"
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CO = "Công ty TNHH Thiết bị điện Minh Quang"

FIGS = [
    fig("sản xuất 3,6 triệu", "3,6", 3.6e6, "count", "sản phẩm", change=chg("increase", 18, "%", "năm 2023"),
        subject=f"sản phẩm các loại {CO} sản xuất", period=Y24),
    fig("đạt 214 tỷ", "214", 214e9, "money", "đồng", change=chg("increase", 7, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y24),
    fig("hơn 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=Y24),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền ép nhựa và lắp ráp của công ty"),
    fig("gồm ba dây chuyền", "ba", 3, "count", "dây chuyền", total=4,
        subject="dây chuyền sản xuất ổ cắm kéo dài"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", total=4,
        subject="dây chuyền sản xuất công tắc, mặt ổ âm tường"),
    fig("khoảng 12.000 sản phẩm", "12.000", 12000, "measure", "sản phẩm/ngày", approx="about",
        subject="sản phẩm nhà máy xuất xưởng mỗi ngày"),
    fig("tiết diện 1,5 mm2", "1,5", 1.5, "measure", "mm2",
        subject="tiết diện dây đồng của ổ cắm kéo dài"),
    fig("tối đa 2.500 W", "2.500", 2500, "measure", "W", approx="at_most",
        subject="tải ổ cắm kéo dài chịu được"),
    fig("từ 85.000 đến 160.000", "85.000", 85000, "money", "đồng/chiếc", value_max=160000,
        subject="giá bán lẻ ổ cắm kéo dài của công ty"),
    fig("cho 326 lao động", "326", 326, "count", "lao động",
        subject="lao động công ty giải quyết việc làm"),
    fig("215 lao động nữ", "215", 215, "count", "lao động", total=326,
        subject="lao động nữ"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty"),
    fig("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có mặt sản phẩm của công ty", period=Y24, location="Việt Nam"),
    fig("khoảng 150.000 sản phẩm", "150.000", 150000, "count", "sản phẩm", approx="about",
        subject="sản phẩm xuất khẩu sang Lào và Campuchia", period=Y24),
    fig("đạt 250 tỷ", "250", 250e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y25),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền tự động đầu tư thêm", period=Y25),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư dây chuyền tự động", period=Y25),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị điện dân dụng"),
    fig("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất thiết bị điện dân dụng sử dụng"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): a sockets/extension-cord/switch maker in KCN Như Quỳnh A; dateline '18/03/2025 - 10:20'.",
    "Distractors: 10:20, 'Khu công nghiệp Như Quỳnh A', 'năm 2025' in a related link, 'mm2' (the 2 is part of the unit). '2.500 W' is spaced because score.py cannot anchor a number glued to a letter.",
    "'vượt 7% kế hoạch' is a gap to plan: a change (increase 7%, baseline 'kế hoạch') of the 214 tỷ revenue.",
    "'gồm ba ... và một ...' follow '4 dây chuyền': total 4 (3 + 1). '215 lao động nữ' after 'trong đó': total 326.",
    "Product specs of the extension cord (1,5 mm2, 'tối đa 2.500 W' → at_most) are required measures: facts stated about the product.",
    "'Mỗi ngày ... khoảng 12.000 sản phẩm' is a rate: unit 'sản phẩm/ngày', kind measure.",
    "Quote: 'phấn đấu' → 250 tỷ target; 'dự kiến' clause → 2 dây chuyền and 35 tỷ forecast; all Năm 2025.",
    "Lào, Campuchia are trade partners, not places of the figure. Figures are located in Văn Lâm (the district portal's district),",
    "except '42 tỉnh, thành phố': a count of provinces is national (FIGURES.md, location), so Việt Nam.",
    "revised after the first run: '42 tỉnh, thành phố' location Văn Lâm → Việt Nam (the spec's 'a count of provinces').",
]

if __name__ == "__main__":
    write("p1498-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Văn Lâm")

"""p1360-4: ministry site (Bộ VHTTDL): national adventure tourism 2023, incidents 2019-2023, safety criteria, 2030 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Phát triển du lịch mạo hiểm gắn với bảo đảm an toàn cho du khách

Ngày đăng: 20/03/2024 | Nguồn: Cục Du lịch Quốc gia Việt Nam

Theo Cục Du lịch Quốc gia Việt Nam, năm 2023 cả nước có khoảng 1,2 triệu lượt khách tham gia các loại hình du lịch mạo hiểm, gấp 2,4 lần năm 2019; doanh thu đạt gần 2.100 tỷ đồng.

Hiện có 38/63 tỉnh, thành phố tổ chức kinh doanh dịch vụ du lịch mạo hiểm với 412 đơn vị, trong đó 126 đơn vị cung cấp dịch vụ đu dây, trượt dây (zipline) và 97 đơn vị tổ chức vượt thác, leo thác. Ba địa phương dẫn đầu về lượng khách năm 2023 là Lâm Đồng (245.000 lượt), Quảng Bình (182.000 lượt) và Khánh Hòa (128.000 lượt).

Giai đoạn 2019-2023, cả nước ghi nhận 27 sự cố trong hoạt động du lịch mạo hiểm, làm 6 người chết và 41 người bị thương; riêng năm 2023 xảy ra 4 sự cố. Nguyên nhân chủ yếu do thiết bị không được kiểm định, người hướng dẫn chưa qua đào tạo và khách không tuân thủ hướng dẫn.

Thực hiện Thông tư số 06/2017/TT-BVHTTDL, dự kiến trong quý II/2024, Bộ sẽ ban hành bộ tiêu chí an toàn du lịch mạo hiểm gồm 42 tiêu chí, đồng thời tổ chức 3 lớp tập huấn cho khoảng 150 người hướng dẫn.

Mục tiêu đến năm 2030, du lịch mạo hiểm đón khoảng 3 triệu lượt khách, đóng góp từ 1,5 đến 2% tổng thu từ du lịch.

Tin cùng chuyên mục:
- Hội nghị triển khai Luật Du lịch năm 2017
- Chương trình kích cầu du lịch nội địa 2024

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y23r = per("riêng năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
F = {"status": "forecast", "period": Q2}
T = {"status": "target", "period": T30}
LIST = "lượng khách du lịch mạo hiểm"

FIGS = [
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", approx="about",
        change=chg("increase", 2.4, "lần", "năm 2019"),
        subject="lượt khách tham gia các loại hình du lịch mạo hiểm", period=Y23),
    fig("gần 2.100 tỷ", "2.100", 2100e9, "money", "đồng", approx="nearly",
        subject="doanh thu du lịch mạo hiểm", period=Y23),
    fig("38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố tổ chức kinh doanh dịch vụ du lịch mạo hiểm"),
    fig("với 412 đơn vị", "412", 412, "count", "đơn vị", subject="đơn vị kinh doanh dịch vụ du lịch mạo hiểm"),
    fig("126 đơn vị", "126", 126, "count", "đơn vị", total=412,
        subject="đơn vị cung cấp dịch vụ đu dây, trượt dây (zipline)"),
    fig("97 đơn vị", "97", 97, "count", "đơn vị", total=412, subject="đơn vị tổ chức vượt thác, leo thác"),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", subject="địa phương dẫn đầu về lượng khách",
        period=Y23, optional=True),
    fig("Lâm Đồng (245.000 lượt)", "245.000", 245000, "count", "lượt", subject=LIST, period=Y23,
        location="Lâm Đồng"),
    fig("Quảng Bình (182.000 lượt)", "182.000", 182000, "count", "lượt", subject=LIST, period=Y23,
        location="Quảng Bình"),
    fig("Khánh Hòa (128.000 lượt)", "128.000", 128000, "count", "lượt", subject=LIST, period=Y23,
        location="Khánh Hòa"),
    fig("ghi nhận 27 sự cố", "27", 27, "count", "sự cố", subject="sự cố trong hoạt động du lịch mạo hiểm",
        period=GD),
    fig("làm 6 người", "6", 6, "count", "người", subject="người chết", period=GD),
    fig("41 người", "41", 41, "count", "người", subject="người bị thương", period=GD),
    fig("xảy ra 4 sự cố", "4", 4, "count", "sự cố", subject="sự cố xảy ra", period=Y23r),
    fig("gồm 42 tiêu chí", "42", 42, "count", "tiêu chí",
        subject="tiêu chí của bộ tiêu chí an toàn du lịch mạo hiểm", **F),
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp", subject="lớp tập huấn", **F),
    fig("khoảng 150 người", "150", 150, "count", "người hướng dẫn", approx="about",
        subject="người hướng dẫn được tập huấn", **F),
    fig("khoảng 3 triệu", "3", 3e6, "count", "lượt khách", approx="about",
        subject="lượt khách du lịch mạo hiểm đón", **T),
    fig("từ 1,5 đến 2%", "1,5", 1.5, "percent", "%", value_max=2,
        subject="đóng góp của du lịch mạo hiểm trong tổng thu từ du lịch", **T),
]

NOTES = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch): breadcrumb, 'Ngày đăng: 20/03/2024 | Nguồn: ...', related links, footer.",
    "National figures → location Việt Nam; the list 'Lâm Đồng (245.000 lượt), Quảng Bình (...) và Khánh Hòa (...)' gives each item its",
    "province as location and the list's indicator as subject. 'Ba địa phương' names the group: optional.",
    "Distractors: 'Thông tư số 06/2017/TT-BVHTTDL', 'Luật Du lịch năm 2017', 'nội địa 2024' in a link title, '51 Ngô Quyền', phone.",
    "'gấp 2,4 lần năm 2019' is the change of the 1,2 triệu (unit lần). '38/63' → total 63. 'trong đó 126 ... và 97 đơn vị' → total 412.",
    "'riêng năm 2023 xảy ra 4 sự cố': 'riêng' is not a part-of cue in the spec → no total.",
    "'dự kiến trong quý II/2024' governs the criteria, the classes and the trainees (forecast, period quý II/2024).",
    "'Mục tiêu đến năm 2030' → target, start null. 'đóng góp từ 1,5 đến 2%' is a percent figure of its own (a share of revenue, not of",
    "the 3 triệu visitors).",
]

if __name__ == "__main__":
    write("p1360-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")

"""p1511-8: radio/TV site (Đài PT-TH Đồng Nai): a razor-blade factory in huyện Nhơn Trạch; the province's exports, rank 2."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Podcast | Truyền hình trực tuyến

Nhà máy lưỡi dao cạo ở Nhơn Trạch tăng ca đáp ứng đơn hàng

Đăng lúc: 14:35 - 22/08/2024

(ĐNRTV) - Những tuần gần đây, Công ty TNHH Lưỡi dao Hiroka Việt Nam tại Khu công nghiệp Nhơn Trạch 3 (huyện Nhơn Trạch) tăng ca, mỗi ngày sản xuất khoảng 1,6 triệu lưỡi dao cạo, tăng 25% so với đầu năm.

Theo ông Phạm Quốc Huy, Phó Tổng Giám đốc, 7 tháng đầu năm 2024 công ty xuất khẩu 265 triệu lưỡi dao cạo, kim ngạch đạt 31,8 triệu USD, tăng 16,7% so với cùng kỳ và bằng 61% kế hoạch năm. Đơn hàng đã kín đến hết quý I/2025. Sau tám năm hoạt động, công suất nhà máy đã tăng gấp 3 lần. Nhờ dây chuyền mài tự động, tỷ lệ lưỡi dao lỗi giảm xuống dưới 0,3%.

Nhà máy hiện có 860 lao động, trong đó 540 lao động nữ; thu nhập bình quân 10,5 triệu đồng/người/tháng. Công ty đang tuyển thêm 120-150 công nhân và dự kiến mở rộng xưởng mạ thêm 8.000 m2 trong quý IV.

Theo Sở Công Thương, toàn tỉnh hiện có 18 doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân. 7 tháng đầu năm, kim ngạch xuất khẩu nhóm hàng này ước đạt 118 triệu USD, chiếm 27% kim ngạch cả nước, đưa Đồng Nai xếp thứ 2 cả nước, sau Bình Dương. Cả năm 2024, ngành phấn đấu xuất khẩu từ 200 đến 210 triệu USD.

Thu Trang - Minh Khôi

Tin khác:
- Đồng Nai: Giải ngân vốn đầu tư công đạt thấp
- Khởi công cầu Nhơn Trạch nối TP Hồ Chí Minh

Đài PT-TH Đồng Nai - Số 81 Đồng Khởi, phường Tân Phong, TP Biên Hòa | Đường dây nóng: 0251.3822.949
"""

NT = "Nhơn Trạch"
P7 = first_months("7 tháng đầu năm 2024", 2024, 7)
P7b = first_months("7 tháng đầu năm", 2024, 7)
Q4 = quarter("quý IV", 2024, 4)
Y24 = year("Cả năm 2024", 2024)

FIGS = [
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "measure", "lưỡi dao cạo/ngày", approx="about",
        change=chg("increase", 25, "%", "đầu năm"),
        subject="lưỡi dao cạo Công ty TNHH Lưỡi dao Hiroka Việt Nam sản xuất mỗi ngày", location=NT),
    fig("khẩu 265 triệu", "265", 265e6, "count", "lưỡi dao cạo", subject="lưỡi dao cạo công ty xuất khẩu",
        period=P7, location=NT),
    fig("đạt 31,8 triệu", "31,8", 31.8e6, "money", "USD", percent=61,
        change=chg("increase", 16.7, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu của công ty",
        period=P7, location=NT),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="công suất nhà máy", location=NT),
    fig("dưới 0,3%", "0,3", 0.3, "percent", "%", approx="under", subject="tỷ lệ lưỡi dao lỗi", location=NT),
    fig("có 860 lao động", "860", 860, "count", "lao động", subject="lao động của nhà máy", location=NT),
    fig("trong đó 540 lao động", "540", 540, "count", "lao động", total=860, subject="lao động nữ", location=NT),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        location=NT),
    fig("thêm 120-150 công nhân", "120", 120, "count", "công nhân", value_max=150,
        subject="công nhân công ty đang tuyển thêm", location=NT),
    fig("thêm 8.000 m2", "8.000", 8000, "measure", "m2", status="forecast",
        subject="diện tích mở rộng xưởng mạ", period=Q4, location=NT),
    fig("có 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân"),
    fig("ước đạt 118 triệu", "118", 118e6, "money", "USD", percent=27, status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=P7b),
    fig("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=P7b),
    fig("từ 200 đến 210 triệu", "200", 200e6, "money", "USD", value_max=210e6, status="target",
        subject="kim ngạch xuất khẩu của ngành", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): programme menu, 'Đăng lúc: 14:35 - 22/08/2024' (published), tag '(ĐNRTV) -', bylines, 'Tin khác', footer.",
    "The factory's figures are located in huyện Nhơn Trạch; the province's figures in Đồng Nai (default).",
    "'mỗi ngày ... khoảng 1,6 triệu lưỡi dao cạo, tăng 25% so với đầu năm' → measure per day with a change (baseline 'đầu năm').",
    "'kim ngạch đạt 31,8 triệu USD, tăng 16,7% ... và bằng 61% kế hoạch năm' → change and percent of the same figure.",
    "'công suất nhà máy đã tăng gấp 3 lần' stands alone (no base amount): kind multiple. 'Sau tám năm hoạt động' only locates it in time.",
    "'giảm xuống dưới 0,3%' → the level 0,3%, approx under, no change value. '120-150 công nhân' (đang tuyển) → actual range.",
    "'dự kiến mở rộng ... 8.000 m2 trong quý IV' → forecast, period Q4 2024 (year from the earlier '7 tháng đầu năm 2024').",
    "'ước đạt 118 triệu USD, chiếm 27% ..., đưa Đồng Nai xếp thứ 2 cả nước' → percent 27; the rank continues the 'ước đạt' clause",
    "(estimate) and is the province's rank: location Đồng Nai, not Việt Nam.",
    "Distractors: 'Nhơn Trạch 3', 'quý I/2025', 'tám năm', '14:35', 'Số 81 Đồng Khởi', hotline.",
]

if __name__ == "__main__":
    write("p1511-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Đồng Nai")

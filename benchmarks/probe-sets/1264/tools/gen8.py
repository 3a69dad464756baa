"""p1264-8: radio/TV site (Đài PT-TH Long An): straw-baler services in huyện Tân Thạnh, provincial fleet and credit support."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """LONG AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Dịch vụ cuốn rơm bằng máy mang lại thu nhập khá

Đăng lúc: 14:32 - 05/03/2025 | Thời lượng video: 03:45

(LA34) - Vụ Đông Xuân 2024-2025, nhiều nông dân huyện Tân Thạnh đầu tư máy cuốn rơm làm dịch vụ, vừa tăng thu nhập vừa hạn chế đốt rơm ngoài đồng.

Anh Nguyễn Minh Trí, ngụ xã Hậu Thạnh Đông, cho biết chiếc máy cuốn rơm MR-850 anh mua năm 2023 với giá 285 triệu đồng. Mỗi ngày máy cuốn được 1.000-1.200 cuộn, giá dịch vụ 9.000 đồng/cuộn; trừ chi phí, anh lãi khoảng 4 triệu đồng/ngày. Riêng 2 tháng đầu năm 2025, máy của anh đã cuốn hơn 35.000 cuộn rơm.

Theo Phòng Nông nghiệp và PTNT huyện Tân Thạnh, toàn huyện hiện có 142 máy cuốn rơm, tăng 18 máy so với năm 2024; lượng rơm được thu gom chiếm khoảng 55% tổng lượng rơm sau thu hoạch.

Toàn tỉnh Long An có khoảng 1.100 máy cuốn rơm và 215 máy bay không người lái phun thuốc. Năm 2024, tỉnh hỗ trợ lãi suất cho 96 hộ vay vốn mua máy nông nghiệp với tổng dư nợ 41,6 tỷ đồng theo Quyết định số 68/2013/QĐ-TTg. Năm 2025, tỉnh dự kiến nâng tỷ lệ thu gom rơm bằng máy lên 60%.

Bình luận (0)

Tin cùng chuyên mục:
- Long An: nông dân xuống giống lúa Hè Thu sớm
- Cần Giuộc ra mắt tổ hợp tác dịch vụ bay phun thuốc
"""

Y23 = year("năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
TWO = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
TT = "Tân Thạnh"

FIGS = [
    fig("giá 285 triệu", "285", 285e6, "money", "đồng", subject="giá chiếc máy cuốn rơm", period=Y23, location=TT),
    fig("được 1.000-1.200 cuộn", "1.000", 1000, "measure", "cuộn/ngày", value_max=1200,
        subject="số cuộn rơm máy cuốn được mỗi ngày", location=TT),
    fig("9.000 đồng/cuộn", "9.000", 9000, "money", "đồng/cuộn", subject="giá dịch vụ cuốn rơm", location=TT),
    fig("khoảng 4 triệu", "4", 4e6, "money", "đồng/ngày", approx="about", subject="lãi của anh Trí",
        location=TT),
    fig("hơn 35.000 cuộn", "35.000", 35000, "count", "cuộn", approx="over", subject="cuộn rơm máy của anh đã cuốn",
        period=TWO, location=TT),
    fig("có 142 máy", "142", 142, "count", "máy cuốn rơm", change=chg("increase", 18, "máy", "năm 2024"),
        subject="máy cuốn rơm", location=TT),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="lượng rơm được thu gom trong tổng lượng rơm sau thu hoạch", location=TT),
    fig("khoảng 1.100 máy", "1.100", 1100, "count", "máy cuốn rơm", approx="about", subject="máy cuốn rơm"),
    fig("215 máy bay", "215", 215, "count", "máy bay không người lái",
        subject="máy bay không người lái phun thuốc"),
    fig("cho 96 hộ", "96", 96, "count", "hộ", subject="hộ vay vốn mua máy nông nghiệp được hỗ trợ lãi suất",
        period=Y24),
    fig("nợ 41,6 tỷ", "41,6", 41.6e9, "money", "đồng", subject="tổng dư nợ", period=Y24),
    fig("lên 60%", "60", 60, "percent", "%", status="forecast", subject="tỷ lệ thu gom rơm bằng máy", period=Y25),
]

NOTES = [
    "Radio/TV site (Long An TV): menu, 'Đăng lúc: 14:32 - 05/03/2025 | Thời lượng video: 03:45', tag '(LA34) -', comments, related links.",
    "Distractors: 14:32, 03:45 (video length), '(LA34)', machine model 'MR-850', 'Vụ Đông Xuân 2024-2025', Quyết định số 68/2013/QĐ-TTg,",
    "'Bình luận (0)'.",
    "Farmer and district passages (huyện Tân Thạnh, xã Hậu Thạnh Đông) → location Tân Thạnh; the province sentences → Long An.",
    "'anh mua năm 2023 với giá 285 triệu đồng' → period năm 2023. 'Mỗi ngày ... 1.000-1.200 cuộn' is a rate: measure, 'cuộn/ngày'.",
    "'2 tháng đầu năm 2025' ends 2025-02-28. 'tăng 18 máy so với năm 2024' → change in máy. 'chiếm khoảng 55%' after a",
    "subject without a number → percent figure. 'dự kiến nâng ... lên 60%' → forecast.",
]

if __name__ == "__main__":
    write("p1264-8", TEXT, NOTES, FIGS, published="2025-03-05", location="Long An")

"""p1178-8: provincial newspaper online (Báo Yên Bái, '(YBĐT) -'): dried cinnamon bark Q1/2025, hawthorn tea in Mù Cang Chải."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Kinh tế | Nông nghiệp

Thứ Hai, 07/04/2025 | 08:45

Quý I, Yên Bái sơ chế, sấy khô gần 6.900 tấn quế vỏ

(YBĐT) - Quý I/2025, các cơ sở chế biến trên địa bàn tỉnh đã thu mua, sơ chế và sấy khô 6.850 tấn quế vỏ, đạt 27,4% kế hoạch năm, tăng 9,1% so với cùng kỳ năm 2024. Giá quế vỏ khô loại 1 hiện ở mức 48.000-52.000 đồng/kg, giảm khoảng 3.000 đồng/kg so với cuối năm 2024.

Yên Bái hiện có trên 86.000 ha quế, trong đó huyện Văn Yên có khoảng 37.500 ha. Các huyện Văn Chấn, Trấn Yên và Lục Yên lần lượt có 13.200 ha, 12.800 ha và 9.600 ha. Toàn tỉnh có 146 cơ sở sơ chế, chế biến quế và hai nhà máy chưng cất tinh dầu quế công suất trên 1.000 tấn/năm.

Ở huyện Mù Cang Chải, Hợp tác xã Nông lâm sản Chế Cu Nha năm 2024 thu mua 450 tấn quả sơn tra tươi để sấy khô và làm trà sơn tra túi lọc, doanh thu 3,6 tỷ đồng. HTX tạo việc làm cho 18 lao động, trong đó 12 người là đồng bào Mông, thu nhập bình quân 5,5 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu quế và sản phẩm từ quế đạt 95 triệu USD; dự kiến có thêm 4 cơ sở chế biến quế được cấp chứng nhận hữu cơ.

Thanh Phúc

Tin cùng chuyên mục:
- Văn Yên tổ chức Ngày hội Quế lần thứ 3
- Quốc lộ 37 qua Trấn Yên được nâng cấp
"""

Q1h = per("Quý I", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
MCC = "Mù Cang Chải"

FIGS = [
    fig("sấy khô gần 6.900 tấn", "6.900", 6900, "measure", "tấn", approx="nearly",
        subject="quế vỏ sơ chế, sấy khô", period=Q1h),
    fig("sấy khô 6.850 tấn", "6.850", 6850, "measure", "tấn", percent=27.4,
        change=chg("increase", 9.1, "%", "cùng kỳ năm 2024"),
        subject="quế vỏ các cơ sở thu mua, sơ chế và sấy khô", period=Q1),
    fig("48.000-52.000", "48.000", 48000, "money", "đồng/kg", value_max=52000,
        change=chg("decrease", 3000, "đồng/kg", "cuối năm 2024", approx="about"), subject="giá quế vỏ khô loại 1"),
    fig("trên 86.000 ha", "86.000", 86000, "measure", "ha", approx="over", subject="diện tích quế"),
    fig("khoảng 37.500 ha", "37.500", 37500, "measure", "ha", approx="about", total=86000,
        subject="diện tích quế", location="Văn Yên"),
    fig("13.200 ha", "13.200", 13200, "measure", "ha", subject="diện tích quế", location="Văn Chấn"),
    fig("12.800 ha", "12.800", 12800, "measure", "ha", subject="diện tích quế", location="Trấn Yên"),
    fig("9.600 ha", "9.600", 9600, "measure", "ha", subject="diện tích quế", location="Lục Yên"),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sơ chế, chế biến quế"),
    fig("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy chưng cất tinh dầu quế"),
    fig("trên 1.000 tấn/năm", "1.000", 1000, "measure", "tấn/năm", approx="over",
        subject="công suất nhà máy chưng cất tinh dầu quế"),
    fig("thu mua 450 tấn", "450", 450, "measure", "tấn", subject="quả sơn tra tươi HTX thu mua",
        period=Y24, location=MCC),
    fig("3,6 tỷ", "3,6", 3600000000, "money", "đồng", subject="doanh thu của HTX", period=Y24, location=MCC),
    fig("cho 18 lao động", "18", 18, "count", "lao động", subject="lao động HTX tạo việc làm",
        period=inh(Y24), location=MCC),
    fig("12 người", "12", 12, "count", "người", total=18, subject="lao động là đồng bào Mông",
        period=inh(Y24), location=MCC),
    fig("5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động HTX",
        period=inh(Y24), location=MCC),
    fig("đạt 95 triệu USD", "95", 95000000, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu quế và sản phẩm từ quế", period=Y25),
    fig("thêm 4 cơ sở", "4", 4, "count", "cơ sở", status="forecast",
        subject="cơ sở chế biến quế được cấp chứng nhận hữu cơ", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): 'Thứ Hai, 07/04/2025 | 08:45' (published), tag '(YBĐT) -', byline, related links.",
    "Headline 'Quý I, … gần 6.900 tấn' gets the period quý I/2025 (year from the dateline just above it).",
    "'đạt 27,4% kế hoạch năm' → percent; 'giảm khoảng 3.000 đồng/kg so với cuối năm 2024' → change of the price range.",
    "'trong đó huyện Văn Yên có khoảng 37.500 ha' → total 86.000; the next sentence's 'lần lượt' district list has no cue → no total.",
    "HTX passage in huyện Mù Cang Chải → location Mù Cang Chải; period năm 2024 inherited by the second sentence.",
    "'phấn đấu' → target; '; dự kiến' → forecast (same sentence, period Năm 2025). Distractors: 'loại 1', 'lần thứ 3', 'Quốc lộ 37', time.",
]

if __name__ == "__main__":
    write("p1178-8", TEXT, NOTES, FIGS, published="2025-04-07", location="Yên Bái")

"""p1129-5: Party newspaper (Báo Hậu Giang): a farmer's guava orchard, a co-operative supplying supermarkets, provincial figures."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO HẬU GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẬU GIANG
Kinh tế | Nông nghiệp - Nông thôn

Ổi ruột hồng giúp nông dân Phụng Hiệp làm giàu

Từ vùng đất trồng mía kém hiệu quả, nhiều hộ dân ở huyện Phụng Hiệp đã chuyển sang trồng ổi ruột hồng, cho thu nhập cao gấp 4 lần.

Gia đình anh Trần Văn Lộc ở ấp Tân Long, xã Tân Bình, huyện Phụng Hiệp là một trong những hộ đầu tiên chuyển đổi. Năm 2019, anh cải tạo 8 công đất mía ven Quốc lộ 61 để trồng hơn 1.200 gốc ổi. Hiện mỗi tuần vườn cho thu hoạch từ 1,5 đến 2 tấn trái, bán tại vườn giá 10.000 đồng/kg. Trừ chi phí, mỗi năm anh thu lãi khoảng 350 triệu đồng.

Năm 2021, anh cùng 17 hộ thành lập Hợp tác xã ổi ruột hồng Tân Bình. Đến nay, HTX có 26 thành viên, tổng diện tích 21 ha, trong đó 15 ha đạt chứng nhận VietGAP. Mỗi tháng HTX cung ứng khoảng 30 tấn ổi cho hệ thống siêu thị Co.opmart và Bách hóa Xanh, giá bán cao hơn thị trường từ 2.000 đến 3.000 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm, diện tích ổi toàn tỉnh Hậu Giang đạt 1.320 ha, tăng 85 ha so với cuối năm 2023; trong đó huyện Phụng Hiệp có 540 ha. Sản lượng 6 tháng ước đạt 14.200 tấn. Tỉnh phấn đấu đến năm 2025 có 500 ha ổi đạt chuẩn VietGAP, hình thành một vùng nguyên liệu ổi tập trung gắn với chế biến.

THANH TÂM
15/07/2024
"""

PH = "Phụng Hiệp"
Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
NOW = per("Đến nay", None, "2024-07-15")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("6 tháng ước đạt", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gấp 4 lần", "4", 4, "multiple", "lần",
        subject="thu nhập trồng ổi ruột hồng so với trồng mía", location=PH),
    fig("cải tạo 8 công", "8", 8, "measure", "công", subject="đất mía cải tạo để trồng ổi", period=Y19, location=PH),
    fig("hơn 1.200 gốc", "1.200", 1200, "count", "gốc ổi", approx="over", subject="gốc ổi trồng", period=Y19,
        location=PH),
    fig("từ 1,5 đến 2 tấn", "1,5", 1.5, "measure", "tấn/tuần", value_max=2,
        subject="sản lượng ổi thu hoạch của vườn anh Lộc", location=PH),
    fig("giá 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", subject="giá ổi bán tại vườn", location=PH),
    fig("khoảng 350 triệu", "350", 350000000, "money", "đồng", approx="about",
        subject="lãi mỗi năm của gia đình anh Lộc", location=PH),
    fig("cùng 17 hộ", "17", 17, "count", "hộ", subject="hộ cùng thành lập Hợp tác xã ổi ruột hồng Tân Bình",
        period=Y21, location=PH),
    fig("có 26 thành viên", "26", 26, "count", "thành viên", subject="thành viên HTX ổi ruột hồng Tân Bình",
        period=NOW, location=PH),
    fig("tổng diện tích 21 ha", "21", 21, "measure", "ha", subject="tổng diện tích ổi của HTX", period=NOW,
        location=PH),
    fig("15 ha", "15", 15, "measure", "ha", total=21, subject="diện tích ổi của HTX đạt chứng nhận VietGAP",
        period=NOW, location=PH),
    fig("khoảng 30 tấn", "30", 30, "measure", "tấn/tháng", approx="about",
        subject="ổi HTX cung ứng cho hệ thống siêu thị", location=PH),
    fig("từ 2.000 đến 3.000", "2.000", 2000, "money", "đồng/kg", value_max=3000,
        subject="mức giá bán cao hơn thị trường", location=PH),
    fig("đạt 1.320 ha", "1.320", 1320, "measure", "ha", change=chg("increase", 85, "ha", "cuối năm 2023"),
        subject="diện tích ổi toàn tỉnh", period=H1),
    fig("có 540 ha", "540", 540, "measure", "ha", total=1320, subject="diện tích ổi", period=H1, location=PH),
    fig("14.200 tấn", "14.200", 14200, "measure", "tấn", status="estimate", subject="sản lượng ổi", period=H1b),
    fig("có 500 ha", "500", 500, "measure", "ha", status="target", subject="diện tích ổi đạt chuẩn VietGAP",
        period=T25),
    fig("hình thành một vùng", "một", 1, "count", "vùng nguyên liệu", status="target", optional=True,
        subject="vùng nguyên liệu ổi tập trung"),
]

NOTES = [
    "Party newspaper (Báo Hậu Giang): byline 'THANH TÂM' and bare date '15/07/2024' at the end (published).",
    "Lead 'cho thu nhập cao gấp 4 lần' has no base figure: a multiple standing alone as the claim.",
    "The farm and the co-operative are in huyện Phụng Hiệp: location carried through the passage; province paragraph → Hậu Giang,",
    "except 'trong đó huyện Phụng Hiệp có 540 ha' (part of 1.320 ha, location Phụng Hiệp).",
    "'Năm 2019, anh cải tạo 8 công ... hơn 1.200 gốc ổi': the event year is the period. 'Đến nay' = as of the published date.",
    "'8 công' (Southern land unit, 1.000 m²) is a measure. 'giá bán cao hơn thị trường từ 2.000 đến 3.000 đồng/kg': a price premium",
    "standing as its own figure (no base price in the sentence). 'một vùng nguyên liệu' (indefinite 'a') optional.",
    "Distractors: 'ấp Tân Long', 'Quốc lộ 61', 'một trong những hộ đầu tiên', 'cuối năm 2023' (baseline).",
]

if __name__ == "__main__":
    write("p1129-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Hậu Giang")

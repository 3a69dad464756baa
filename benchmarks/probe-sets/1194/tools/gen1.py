"""p1194-1: Sơn La province portal, dried fruit output in the first 8 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sơn La: Hơn 4.200 tấn trái cây sấy trong 8 tháng đầu năm

Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.415

(sonla.gov.vn) - Theo Sở Nông nghiệp và PTNT, 8 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn tỉnh Sơn La đã sản xuất 4.268 tấn trái cây sấy các loại, đạt 71,1% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, xoài sấy dẻo 1.520 tấn, nhãn sấy khô 1.935 tấn, mận sấy 813 tấn.

Toàn tỉnh hiện có 146 cơ sở sấy nông sản, trong đó 9 cơ sở đầu tư công nghệ sấy lạnh, sấy thăng hoa; các cơ sở tập trung chủ yếu tại huyện Sông Mã (52 cơ sở), Mai Sơn (38 cơ sở) và Yên Châu (21 cơ sở).

Tại xã Chiềng Khương, huyện Sông Mã, Hợp tác xã Nông nghiệp Quyết Tâm vận hành hai lò sấy nhãn với công suất 8 tấn quả tươi/ngày, tạo việc làm thường xuyên cho 35 lao động, thu nhập từ 6 đến 7,5 triệu đồng/người/tháng. Theo Giám đốc HTX, cứ 7-8 kg nhãn tươi mới sấy được 1 kg long nhãn, giá bán buôn hiện 140.000-160.000 đồng/kg.

Trong 8 tháng, trái cây sấy của tỉnh đã xuất khẩu khoảng 1.150 tấn sang Trung Quốc, Hàn Quốc và Nhật Bản, trị giá ước đạt 3,8 triệu USD. Hiện tỉnh có 27 sản phẩm trái cây sấy đạt chứng nhận OCOP từ 3 sao trở lên.

Năm 2024, tỉnh phấn đấu sản lượng trái cây sấy đạt 6.000 tấn, trong đó ít nhất 30% được chế biến bằng công nghệ sấy lạnh, sấy thăng hoa; lần thứ 2 tổ chức Tuần hàng nông sản sấy Sơn La tại Hà Nội.
"""

HEAD = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8B = per("Trong 8 tháng", "2024-01-01", "2024-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SM = "Sông Mã"

FIGS = [
    fig("Hơn 4.200 tấn", "4.200", 4200, "measure", "tấn", approx="over",
        subject="sản lượng trái cây sấy", period=HEAD),
    fig("sản xuất 4.268 tấn", "4.268", 4268, "measure", "tấn", percent=71.1,
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="trái cây sấy các loại sản xuất", period=M8),
    fig("xoài sấy dẻo 1.520 tấn", "1.520", 1520, "measure", "tấn", total=4268,
        subject="xoài sấy dẻo", period=inh(M8)),
    fig("nhãn sấy khô 1.935 tấn", "1.935", 1935, "measure", "tấn", total=4268,
        subject="nhãn sấy khô", period=inh(M8)),
    fig("mận sấy 813 tấn", "813", 813, "measure", "tấn", total=4268,
        subject="mận sấy", period=inh(M8)),
    fig("hiện có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sấy nông sản"),
    fig("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=146,
        subject="cơ sở đầu tư công nghệ sấy lạnh, sấy thăng hoa"),
    fig("Sông Mã (52 cơ sở)", "52", 52, "count", "cơ sở", subject="cơ sở sấy nông sản", location=SM),
    fig("Mai Sơn (38 cơ sở)", "38", 38, "count", "cơ sở", subject="cơ sở sấy nông sản", location="Mai Sơn"),
    fig("Yên Châu (21 cơ sở)", "21", 21, "count", "cơ sở", subject="cơ sở sấy nông sản", location="Yên Châu"),
    fig("hai lò sấy", "hai", 2, "count", "lò sấy",
        subject="lò sấy nhãn của Hợp tác xã Nông nghiệp Quyết Tâm", location=SM),
    fig("8 tấn quả tươi/ngày", "8", 8, "measure", "tấn/ngày",
        subject="công suất lò sấy nhãn", location=SM),
    fig("cho 35 lao động", "35", 35, "count", "lao động",
        subject="lao động có việc làm thường xuyên tại hợp tác xã", location=SM),
    fig("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7500000,
        subject="thu nhập lao động hợp tác xã", location=SM),
    fig("cứ 7-8 kg", "7", 7, "measure", "kg", value_max=8,
        subject="nhãn tươi để sấy được 1 kg long nhãn", location=SM),
    fig("1 kg long nhãn", "1", 1, "measure", "kg", optional=True, subject="long nhãn", location=SM),
    fig("140.000-160.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", value_max=160000,
        subject="giá bán buôn long nhãn", location=SM),
    fig("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", approx="about",
        subject="trái cây sấy xuất khẩu", period=M8B),
    fig("ước đạt 3,8 triệu USD", "3,8", 3800000, "money", "USD", status="estimate",
        subject="trị giá trái cây sấy xuất khẩu", period=M8B),
    fig("có 27 sản phẩm", "27", 27, "count", "sản phẩm",
        subject="sản phẩm trái cây sấy đạt chứng nhận OCOP từ 3 sao trở lên"),
    fig("từ 3 sao", "3", 3, "measure", "sao", approx="at_least", optional=True, subject="hạng sao OCOP"),
    fig("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", status="target",
        subject="sản lượng trái cây sấy", period=Y24),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sản lượng chế biến bằng công nghệ sấy lạnh, sấy thăng hoa", period=Y24),
]

NOTES = [
    "revised after the first run: unit of '8 tấn quả tươi/ngày' 'tấn quả tươi/ngày' -> 'tấn/ngày' (shortest unit; the material goes to the subject, as for every other 'tấn').",
    "Province portal (Sơn La): dried fruit output, 8 months 2024. Breadcrumb, 'Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.415'.",
    "Distractors: 08:30, Lượt xem 2.415, '(sonla.gov.vn)', 'lần thứ 2' (ordinal). Headline's year-less '8 tháng đầu năm' takes 2024 (published).",
    "District list 52+38+21 = 111 is not the 146: no total. '1 kg long nhãn' is the denominator of the yield ratio and 'từ 3 sao' a rating",
    "threshold (both optional). The HTX passage is placed in huyện Sông Mã (location of its figures). 'hiện có' gets no period.",
]

if __name__ == "__main__":
    write("p1194-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Sơn La")

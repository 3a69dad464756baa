"""p1468-8: magazine (Tạp chí Công Thương online): a Vietnamese charger and power-bank maker in Trảng Bom, Đồng Nai."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TẠP CHÍ CÔNG THƯƠNG
Doanh nghiệp | Thứ Sáu, 02/08/2024 | 07:30

Đồng Nai: Doanh nghiệp Việt làm chủ công nghệ sản xuất củ sạc nhanh

Từ một xưởng lắp ráp với 25 công nhân năm 2015, Công ty TNHH Điện tử An Phát (huyện Trảng Bom, tỉnh Đồng Nai) nay đã có nhà máy rộng 3 ha với 6 dây chuyền tự động, mỗi ca sản xuất 45.000 củ sạc.

6 tháng đầu năm 2024, An Phát xuất xưởng 7,8 triệu sản phẩm, gồm 5,1 triệu củ sạc và 2,7 triệu pin sạc dự phòng; doanh thu đạt 356 tỷ đồng, tăng 19,4% so với cùng kỳ, bằng 52% kế hoạch năm. Xuất khẩu chiếm khoảng 60% doanh thu, chủ yếu sang Nhật Bản, Australia và các nước Trung Đông.

Theo ông Trịnh Quốc Bảo, Giám đốc công ty, tỷ lệ linh kiện sản xuất trong nước của củ sạc An Phát đã đạt 55%, trong khi cách đây năm năm chưa đến 20%. Giá thành mỗi củ sạc công suất 20 W của công ty khoảng 48.000 đồng, thấp hơn 15-20% so với hàng nhập khẩu cùng loại.

Công ty hiện có 640 lao động, thu nhập bình quân 10,2 triệu đồng/người/tháng. Năm 2024, An Phát phấn đấu doanh thu đạt 690 tỷ đồng; dự kiến đầu tư thêm 2 dây chuyền sản xuất sạc không dây với vốn khoảng 35 tỷ đồng.

Theo Sở Công Thương Đồng Nai, toàn tỉnh hiện có 12 doanh nghiệp sản xuất phụ kiện điện thoại, trong đó chỉ 4 doanh nghiệp có vốn trong nước.

Ngọc Hà

Bài đăng trên Tạp chí Công Thương, Số 18, tháng 8/2024
Từ khóa: củ sạc, pin sạc dự phòng, nội địa hóa, Đồng Nai
"""

Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TB = "Trảng Bom"

FIGS = [
    fig("với 25 công nhân", "25", 25, "count", "công nhân", subject="công nhân của xưởng lắp ráp", period=Y15,
        location=TB),
    fig("rộng 3 ha", "3", 3, "measure", "ha", subject="diện tích nhà máy", location=TB),
    fig("với 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền tự động", location=TB),
    fig("sản xuất 45.000 củ sạc", "45.000", 45000, "measure", "củ sạc/ca",
        subject="củ sạc sản xuất mỗi ca", location=TB),
    fig("xuất xưởng 7,8 triệu", "7,8", 7.8e6, "count", "sản phẩm",
        subject="sản phẩm An Phát xuất xưởng", period=H1, location=TB),
    fig("gồm 5,1 triệu", "5,1", 5.1e6, "count", "củ sạc", total=7.8e6, subject="củ sạc", period=H1, location=TB),
    fig("và 2,7 triệu", "2,7", 2.7e6, "count", "pin sạc dự phòng", total=7.8e6, subject="pin sạc dự phòng",
        period=H1, location=TB),
    fig("đạt 356 tỷ", "356", 356e9, "money", "đồng", percent=52,
        change=chg("increase", 19.4, "%", "cùng kỳ"), subject="doanh thu", period=H1, location=TB),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="xuất khẩu trong doanh thu",
        period=inh(H1), location=TB),
    fig("đã đạt 55%", "55", 55, "percent", "%",
        subject="tỷ lệ linh kiện sản xuất trong nước của củ sạc An Phát", location=TB),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="tỷ lệ linh kiện sản xuất trong nước của củ sạc An Phát cách đây năm năm", location=TB),
    fig("công suất 20 W", "20", 20, "measure", "W", subject="công suất củ sạc", location=TB, optional=True),
    fig("khoảng 48.000", "48.000", 48000, "money", "đồng/củ sạc", approx="about",
        change=chg("decrease", 15, "%", "hàng nhập khẩu cùng loại"),
        subject="giá thành mỗi củ sạc của công ty", location=TB),
    fig("có 640 lao động", "640", 640, "count", "lao động", subject="lao động của công ty", location=TB),
    fig("bình quân 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", location=TB),
    fig("đạt 690 tỷ", "690", 690e9, "money", "đồng", status="target", subject="doanh thu của An Phát",
        period=Y24, location=TB),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sản xuất sạc không dây đầu tư thêm", period=Y24, location=TB),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư dây chuyền sản xuất sạc không dây", period=Y24, location=TB),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất phụ kiện điện thoại"),
    fig("chỉ 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=12,
        subject="doanh nghiệp có vốn trong nước"),
]

NOTES = [
    "Magazine (Tạp chí Công Thương online): section and date line 'Doanh nghiệp | Thứ Sáu, 02/08/2024 | 07:30', byline, issue line, keywords.",
    "Distractors: 07:30, 'cách đây năm năm' (a duration locating the past figure in time), 'Số 18, tháng 8/2024' (issue number),",
    "'Nhật Bản, Australia' (partners).",
    "The company stands in huyện Trảng Bom → location Trảng Bom for its passage; the last paragraph (Sở Công Thương, 'toàn tỉnh') → Đồng Nai.",
    "'25 công nhân năm 2015' is a past figure with its year. 'mỗi ca sản xuất 45.000 củ sạc' is a rate (củ sạc/ca).",
    "'gồm 5,1 triệu củ sạc và 2,7 triệu pin sạc dự phòng' add up to 7,8 triệu sản phẩm → total 7.8e6.",
    "356 tỷ: change 19,4% (cùng kỳ) and percent 52 ('bằng 52% kế hoạch năm'). 'Xuất khẩu chiếm khoảng 60% doanh thu' (next sentence)",
    "is a percent figure of its own; period inherited.",
    "'chưa đến 20%' → under. 'củ sạc công suất 20 W' names the product type the cost refers to; a careful annotator may count it → optional.",
    "'thấp hơn 15-20% so với hàng nhập khẩu' is the change of the 48.000 đồng cost (decrease; the change object takes the lower end 15).",
    "revised after the first run: 690 tỷ subject 'doanh thu An Phát phấn đấu' → 'doanh thu của An Phát' (status cue out of the subject).",
    "'Năm 2024, An Phát phấn đấu ...; dự kiến ...': target for 690 tỷ; the clause after ';' has its own cue 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1468-8", TEXT, NOTES, FIGS, published="2024-08-02", location="Đồng Nai")

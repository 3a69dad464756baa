from lib import emit, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Hà Giang: Cấp hơn 1.900 tấn gạo hỗ trợ học sinh vùng khó khăn

Cập nhật: 18/01/2024 14:20

Tính đến ngày 15/01/2024, Sở Giáo dục và Đào tạo đã tiếp nhận và cấp phát 1.936,5 tấn gạo, đạt 98,7% kế hoạch, cho 32.275 học sinh tại 312 trường học trên địa bàn tỉnh Hà Giang. Trong đó có 21.468 học sinh tiểu học và 10.807 học sinh THCS. Mức hỗ trợ là 15 kg/học sinh/tháng, thời gian hưởng không quá 9 tháng/năm học. Đây là năm thứ ba liên tiếp tỉnh hoàn thành cấp gạo trước Tết Nguyên đán.

Các huyện nhận nhiều gạo nhất là Mèo Vạc (312,4 tấn), Đồng Văn (298,7 tấn), Hoàng Su Phì (245 tấn) và Xín Mần (231,6 tấn). Gạo được vận chuyển theo Quốc lộ 4C đến tận điểm trường.

Từ tháng 9 đến tháng 12/2023, toàn tỉnh đã chi trả tiền ăn, tiền nhà ở cho học sinh bán trú theo Nghị định số 116/2016/NĐ-CP với tổng kinh phí ước 98,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm học trước. Mức hỗ trợ tiền ăn là 720.000 đồng/học sinh/tháng, bằng 40% mức lương cơ sở; học sinh phải tự túc chỗ ở được hỗ trợ thêm 180.000 đồng/tháng.

Hiện toàn tỉnh có 196 trường phổ thông dân tộc bán trú và 12 trường phổ thông dân tộc nội trú, với 2.418 phòng ở bán trú. Phấn đấu đến năm 2025, 100% học sinh bán trú có chỗ ở đạt chuẩn, tỷ lệ học sinh bỏ học giảm xuống dưới 0,3%.

Lượt xem: 1.583

Sở Giáo dục và Đào tạo tỉnh Hà Giang - Số 415 đường Nguyễn Trãi, TP Hà Giang - Điện thoại: 0219.3866.232
"""

ASOF = per("Tính đến ngày 15/01/2024", end="2024-01-15")
HK1 = per("Từ tháng 9 đến tháng 12/2023", "2023-09-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("Cấp hơn 1.900 tấn gạo", "1.900", 1900, "measure", "tấn", approx="over",
        subject="gạo cấp hỗ trợ học sinh vùng khó khăn", period=inh(ASOF)),
    fig("cấp phát 1.936,5 tấn gạo", "1.936,5", 1936.5, "measure", "tấn", percent=98.7,
        subject="gạo Sở Giáo dục và Đào tạo tiếp nhận và cấp phát", period=ASOF),
    fig("cho 32.275 học sinh", "32.275", 32275, "count", "học sinh",
        subject="học sinh được cấp gạo", period=ASOF),
    fig("tại 312 trường học", "312", 312, "count", "trường học",
        subject="trường học có học sinh được cấp gạo", period=ASOF),
    fig("có 21.468 học sinh tiểu học", "21.468", 21468, "count", "học sinh", total=32275,
        subject="học sinh tiểu học được cấp gạo", period=inh(ASOF)),
    fig("10.807 học sinh THCS", "10.807", 10807, "count", "học sinh", total=32275,
        subject="học sinh THCS được cấp gạo", period=inh(ASOF)),
    fig("là 15 kg/học sinh/tháng", "15", 15, "measure", "kg/học sinh/tháng",
        subject="mức hỗ trợ gạo"),
    fig("không quá 9 tháng/năm học", "9", 9, "measure", "tháng/năm học", approx="at_most",
        subject="thời gian hưởng hỗ trợ gạo", optional=True),
    fig("Mèo Vạc (312,4 tấn)", "312,4", 312.4, "measure", "tấn",
        subject="gạo các huyện nhận", period=inh(ASOF), location="Mèo Vạc"),
    fig("Đồng Văn (298,7 tấn)", "298,7", 298.7, "measure", "tấn",
        subject="gạo các huyện nhận", period=inh(ASOF), location="Đồng Văn"),
    fig("Hoàng Su Phì (245 tấn)", "245", 245, "measure", "tấn",
        subject="gạo các huyện nhận", period=inh(ASOF), location="Hoàng Su Phì"),
    fig("Xín Mần (231,6 tấn)", "231,6", 231.6, "measure", "tấn",
        subject="gạo các huyện nhận", period=inh(ASOF), location="Xín Mần"),
    fig("ước 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 12.4, baseline="cùng kỳ năm học trước"),
        subject="tổng kinh phí chi trả tiền ăn, tiền nhà ở cho học sinh bán trú", period=HK1),
    fig("là 720.000 đồng/học sinh/tháng", "720.000", 720000, "money", "đồng/học sinh/tháng", percent=40,
        subject="mức hỗ trợ tiền ăn"),
    fig("thêm 180.000 đồng/tháng", "180.000", 180000, "money", "đồng/tháng",
        subject="hỗ trợ học sinh phải tự túc chỗ ở"),
    fig("có 196 trường", "196", 196, "count", "trường",
        subject="trường phổ thông dân tộc bán trú"),
    fig("và 12 trường", "12", 12, "count", "trường",
        subject="trường phổ thông dân tộc nội trú"),
    fig("với 2.418 phòng", "2.418", 2418, "count", "phòng",
        subject="phòng ở bán trú"),
    fig("2025, 100% học sinh", "100", 100, "percent", "%", status="target",
        subject="học sinh bán trú có chỗ ở đạt chuẩn", period=T25),
    fig("dưới 0,3%", "0,3", 0.3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ học sinh bỏ học", period=T25),
]

COMMENTS = [
    "Province portal (Hà Giang): rice support for pupils in disadvantaged areas, as of 15/01/2024; breadcrumb, Cập nhật, Lượt xem.",
    "Not figures: dates, Nghị định số 116/2016/NĐ-CP, 'năm thứ ba liên tiếp' (ordinal), Quốc lộ 4C, Lượt xem 1.583, Số 415, phone.",
    "98,7% kế hoạch is the share of 1.936,5 tấn; the 'Trong đó' parts (21.468 + 10.807 = 32.275) take the pupils as total.",
    "District list items: subject = the list indicator, location = district, no total (no cue, they do not add up).",
    "'không quá 9 tháng/năm học' is a policy cap: optional. 40% mức lương cơ sở after the 720.000 đồng is its share.",
]

if __name__ == "__main__":
    emit("p563-1", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Hà Giang")

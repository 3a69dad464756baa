"""p648-2: Gia Lâm district portal — Bát Tràng pottery village, quarter I/2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI
Tin tức > Kinh tế - Xã hội
Thứ Tư, 10/04/2024 - 09:15

Bát Tràng đón gần 110 nghìn lượt khách trong quý I

Quý I/2024, làng gốm Bát Tràng đón gần 110 nghìn lượt khách tham quan, mua sắm, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 21.350 lượt, chiếm 19,4%.

Xã Bát Tràng hiện có hơn 1.000 hộ và khoảng 200 doanh nghiệp, hợp tác xã sản xuất, kinh doanh gốm sứ, giải quyết việc làm cho trên 5.000 lao động địa phương và 3.000-4.000 lao động từ các vùng lân cận. Xã có 2 Nghệ nhân Nhân dân và 14 Nghệ nhân Ưu tú. Tính đến tháng 3/2024, toàn xã có 27 sản phẩm gốm đạt OCOP 4 sao.

Doanh thu từ sản xuất, kinh doanh gốm sứ quý I ước đạt 412,5 tỷ đồng, đạt 23,6% kế hoạch năm; riêng doanh thu từ dịch vụ trải nghiệm (nặn gốm, vẽ gốm, tham quan lò cổ) ước khoảng 36 tỷ đồng. Giá vé trải nghiệm tại các xưởng dao động từ 50.000 đến 120.000 đồng/người; mỗi ngày cuối tuần, chợ gốm đón bình quân 4.500-5.000 lượt khách.

Năm 2024, huyện đặt mục tiêu đón 450.000 lượt khách đến Bát Tràng, doanh thu làng nghề đạt 1.750 tỷ đồng. Dự kiến trong quý II, Trung tâm Tinh hoa làng nghề Việt tại số 1 đường Gốm Sứ sẽ mở 3 lớp truyền nghề cho khoảng 90 học viên.

Liên hệ: UBND xã Bát Tràng, ĐT: 024.3874.0216.
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("trong quý II", "2024-04-01", "2024-06-30")

FIGS = [
    fig("Bát Tràng đón gần 110 nghìn lượt khách trong quý I", "110", 110000, "count", "lượt khách", approx="nearly",
        subject="lượt khách đến Bát Tràng", period=per("trong quý I", "2024-01-01", "2024-03-31")),
    fig("làng gốm Bát Tràng đón gần 110", "110", 110000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 18.5, baseline="cùng kỳ năm 2023"),
        subject="lượt khách tham quan, mua sắm làng gốm Bát Tràng", period=Q1),
    fig("đạt 21.350", "21.350", 21350, "count", "lượt", total=110000, percent=19.4,
        subject="khách quốc tế", period=Q1),
    fig("hơn 1.000 hộ", "1.000", 1000, "count", "hộ", approx="over",
        subject="hộ sản xuất, kinh doanh gốm sứ"),
    fig("khoảng 200", "200", 200, "count", "doanh nghiệp, hợp tác xã", approx="about",
        subject="doanh nghiệp, hợp tác xã sản xuất, kinh doanh gốm sứ"),
    fig("trên 5.000", "5.000", 5000, "count", "lao động", approx="over",
        subject="lao động địa phương được giải quyết việc làm"),
    fig("3.000-4.000", "3.000", 3000, "count", "lao động", value_max=4000,
        subject="lao động từ các vùng lân cận được giải quyết việc làm"),
    fig("có 2 Nghệ nhân", "2", 2, "count", "Nghệ nhân Nhân dân", subject="Nghệ nhân Nhân dân"),
    fig("14 Nghệ nhân", "14", 14, "count", "Nghệ nhân Ưu tú", subject="Nghệ nhân Ưu tú"),
    fig("có 27 sản phẩm", "27", 27, "count", "sản phẩm", subject="sản phẩm gốm đạt OCOP 4 sao",
        period=per("Tính đến tháng 3/2024", None, "2024-03-31")),
    fig("đạt 412,5", "412,5", 412.5e9, "money", "đồng", percent=23.6, status="estimate",
        subject="doanh thu từ sản xuất, kinh doanh gốm sứ", period=per("quý I", "2024-01-01", "2024-03-31")),
    fig("khoảng 36 tỷ", "36", 36e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu từ dịch vụ trải nghiệm", period=per("quý I", "2024-01-01", "2024-03-31")),
    fig("từ 50.000 đến 120.000", "50.000", 50000, "money", "đồng/người", value_max=120000,
        subject="giá vé trải nghiệm tại các xưởng"),
    fig("4.500-5.000", "4.500", 4500, "count", "lượt khách", value_max=5000,
        subject="lượt khách chợ gốm đón mỗi ngày cuối tuần"),
    fig("đón 450.000", "450.000", 450000, "count", "lượt khách", status="target",
        subject="lượt khách đến Bát Tràng", period=Y24),
    fig("1.750 tỷ", "1.750", 1750e9, "money", "đồng", status="target",
        subject="doanh thu làng nghề", period=Y24),
    fig("mở 3 lớp", "3", 3, "count", "lớp", status="forecast", subject="lớp truyền nghề", period=Q2),
    fig("khoảng 90", "90", 90, "count", "học viên", approx="about", status="forecast",
        subject="học viên lớp truyền nghề", period=Q2),
]

if __name__ == "__main__":
    write("p648-2", TEXT, FIGS, published="2024-04-10", location="Gia Lâm", comments=[
        "Cổng TTĐT huyện Gia Lâm (Hà Nội): làng gốm Bát Tràng quý I/2024 — khách, hộ, doanh nghiệp, lao động, nghệ nhân, doanh thu, giá vé, mục tiêu.",
        "District portal: every figure is the district's (Gia Lâm); Bát Tràng is a commune of it. Year-less 'quý I'/'quý II' take 2024 (dateline).",
        "Distractors: dateline, số 1 đường Gốm Sứ, phone 024.3874.0216. 'riêng' is no part-of cue: 36 tỷ has no total.",
    ])

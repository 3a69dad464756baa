"""p1551-2: district portal (huyện Nam Trực, Nam Định): glove-sewing trade in xã Nam Thanh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ / Kinh tế / Nông thôn mới

Nghề may găng tay bảo hộ giúp hàng trăm lao động nông thôn có việc làm
14/05/2024 - 08:30

Những năm gần đây, nghề may găng tay bảo hộ lao động ở xã Nam Thanh phát triển mạnh. Toàn xã hiện có 64 hộ và 3 doanh nghiệp nhận gia công găng tay, trong đó ba chục hộ có xưởng riêng; thu hút khoảng 520 lao động, trong đó hơn 400 lao động nữ.

Ông Trần Văn Hòa, chủ cơ sở may Hòa Phát ở xóm 5, cho biết cơ sở có 35 máy may công nghiệp, mỗi ngày làm ra từ 3.000 đến 3.500 đôi găng tay vải và găng tay da hàn. Giá gia công từ 1.800 đến 2.500 đồng/đôi tùy loại. Lao động làm việc tại cơ sở có thu nhập 6-7 triệu đồng/người/tháng.

Năm 2023, các cơ sở trong xã sản xuất khoảng 4,2 triệu đôi găng tay, doanh thu đạt 19,6 tỷ đồng, tăng 15% so với năm 2022. 4 tháng đầu năm 2024, sản lượng ước đạt 1,5 triệu đôi, bằng 34% kế hoạch năm.

Toàn huyện hiện có 5 xã có nghề may găng tay, đồ bảo hộ lao động gồm Nam Thanh, Nam Hồng, Nam Lợi, Nam Hải và Hồng Quang. Huyện phấn đấu đến năm 2025 công nhận thêm một làng nghề may đồ bảo hộ lao động, nâng thu nhập bình quân của lao động làng nghề lên trên 7,5 triệu đồng/người/tháng.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Nam Trực: Hội nghị sơ kết công tác quý I năm 2024
- Xã Nam Hồng đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao

UBND HUYỆN NAM TRỰC
Địa chỉ: Thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định
Điện thoại: 0228.3827.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng trăm lao động", "trăm", 100, "count", "lao động", approx="over",
        subject="lao động nông thôn có việc làm nhờ nghề may găng tay bảo hộ", optional=True),
    fig("có 64 hộ", "64", 64, "count", "hộ", subject="hộ nhận gia công găng tay"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp nhận gia công găng tay"),
    fig("trong đó ba chục hộ", "ba chục", 30, "count", "hộ", total=64, subject="hộ có xưởng riêng"),
    fig("khoảng 520 lao động", "520", 520, "count", "lao động", approx="about",
        subject="lao động nghề may găng tay"),
    fig("hơn 400 lao động nữ", "400", 400, "count", "lao động nữ", approx="over", total=520,
        subject="lao động nữ"),
    fig("có 35 máy may", "35", 35, "count", "máy may", subject="máy may công nghiệp của cơ sở may Hòa Phát"),
    fig("từ 3.000 đến 3.500", "3.000", 3000, "measure", "đôi/ngày", value_max=3500,
        subject="găng tay vải và găng tay da hàn cơ sở làm ra mỗi ngày"),
    fig("từ 1.800 đến 2.500", "1.800", 1800, "money", "đồng/đôi", value_max=2500, subject="giá gia công"),
    fig("thu nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập lao động làm việc tại cơ sở"),
    fig("khoảng 4,2 triệu đôi", "4,2", 4.2e6, "count", "đôi", approx="about",
        subject="găng tay các cơ sở trong xã sản xuất", period=Y23),
    fig("đạt 19,6 tỷ", "19,6", 19.6e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu các cơ sở trong xã", period=Y23),
    fig("ước đạt 1,5 triệu đôi", "1,5", 1.5e6, "count", "đôi", status="estimate", percent=34,
        subject="sản lượng găng tay", period=M4),
    fig("có 5 xã", "5", 5, "count", "xã", subject="xã có nghề may găng tay, đồ bảo hộ lao động"),
    fig("thêm một làng nghề", "một", 1, "count", "làng nghề", status="target",
        subject="làng nghề may đồ bảo hộ lao động được công nhận thêm", period=T25),
    fig("trên 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", approx="over", status="target",
        subject="thu nhập bình quân của lao động làng nghề", period=T25),
]

NOTES = [
    "District portal (huyện Nam Trực, Nam Định): banner naming the district, breadcrumb, '14/05/2024 - 08:30' under the headline,",
    "'Nguồn:', 'Tin khác', address footer. Location is the district for all figures (a commune is below the spec's levels).",
    "Distractors: 08:30, 'xóm 5', 'quý I năm 2024' in a link title, phone 0228.3827.215.",
    "Headline 'hàng trăm lao động': the spec counts 'hàng chục nghìn' as an (approximate) number word, but gives no value or approx",
    "for 'hàng trăm' (100, over?): optional.",
    "'ba chục hộ' = 30, part of the 64 households after 'trong đó'; 'hơn 400 lao động nữ' after 'trong đó' takes total 520.",
    "'mỗi ngày làm ra từ 3.000 đến 3.500 đôi' is a daily rate: measure, unit đôi/ngày, a range. Prices and wages are ranges.",
    "'4 tháng đầu năm 2024, sản lượng ước đạt 1,5 triệu đôi, bằng 34% kế hoạch năm': estimate, percent 34.",
    "'phấn đấu đến năm 2025' governs both clauses of its sentence: target, period null..2025-12-31.",
]

if __name__ == "__main__":
    write("p1551-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Nam Trực")

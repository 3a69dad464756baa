"""p1180-6: national newspaper - Lâm Đồng dairy farmers growing silage maize; province herd; national context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh tế › Nông nghiệp
Thứ Hai, 21/10/2024, 07:45 (GMT+7)

Nông dân Lâm Đồng trồng ngô sinh khối nuôi bò sữa, thu nhập gấp 3 lần trồng rau

Đàn bò sữa ở Lâm Đồng tăng nhanh kéo theo nhu cầu lớn về ngô sinh khối làm thức ăn thô xanh.

Ông Nguyễn Văn Tín ở xã Ka Đơn, huyện Đơn Dương, nuôi 42 con bò sữa, trong đó 25 con đang cho sữa. Mỗi ngày trang trại cạnh Quốc lộ 27 của ông giao cho công ty khoảng 450 kg sữa với giá 14.500 đồng/kg. Ông dành 4 ha trồng ngô sinh khối, ủ chua dự trữ khoảng 200 tấn mỗi năm, đủ cho đàn bò ăn quanh năm. "Chi phí thức ăn chiếm khoảng 65% giá thành sữa, tự trồng ngô giúp tôi giảm được 15-20% chi phí", ông Tín nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, đến cuối tháng 9/2024 toàn tỉnh có 25.600 con bò sữa, tăng 6,3% so với cùng kỳ, tập trung chủ yếu ở Đơn Dương và Đức Trọng. Sản lượng sữa tươi 9 tháng ước đạt 82.000 tấn. Lâm Đồng hiện đứng thứ ba cả nước về tổng đàn bò sữa.

Diện tích ngô sinh khối của tỉnh năm 2024 khoảng 3.150 ha, trong đó huyện Đơn Dương 1.420 ha. Dự kiến năm 2025, diện tích này tăng lên 3.600 ha.

Cả nước hiện có khoảng 330.000 con bò sữa, nhưng diện tích trồng cây thức ăn xanh mới đáp ứng chưa đến 60% nhu cầu, theo Hội Chăn nuôi Việt Nam.

Thu Hà
"""

ASOF = per("đến cuối tháng 9/2024", None, "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DD = "Đơn Dương"

FIGS = [
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="thu nhập trồng ngô sinh khối nuôi bò sữa so với trồng rau"),
    fig("nuôi 42 con", "42", 42, "count", "con", subject="bò sữa ông Nguyễn Văn Tín nuôi", location=DD),
    fig("25 con", "25", 25, "count", "con", total=42, subject="bò đang cho sữa", location=DD),
    fig("khoảng 450 kg", "450", 450, "measure", "kg/ngày", approx="about",
        subject="sữa trang trại giao cho công ty mỗi ngày", location=DD),
    fig("giá 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", subject="giá sữa giao cho công ty", location=DD),
    fig("dành 4 ha", "4", 4, "measure", "ha", subject="diện tích trồng ngô sinh khối của ông Tín", location=DD),
    fig("khoảng 200 tấn", "200", 200, "measure", "tấn/năm", approx="about",
        subject="ngô sinh khối ủ chua dự trữ mỗi năm", location=DD),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ trọng chi phí thức ăn trong giá thành sữa", location=DD),
    fig("được 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="chi phí giảm được nhờ tự trồng ngô", location=DD),
    fig("có 25.600 con", "25.600", 25600, "count", "con",
        change=chg("increase", 6.3, "%", "cùng kỳ"), subject="đàn bò sữa", period=ASOF),
    fig("ước đạt 82.000 tấn", "82.000", 82000, "measure", "tấn", status="estimate",
        subject="sản lượng sữa tươi", period=M9),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="xếp hạng tổng đàn bò sữa cả nước"),
    fig("khoảng 3.150 ha", "3.150", 3150, "measure", "ha", approx="about",
        subject="diện tích ngô sinh khối", period=Y24),
    fig("Dương 1.420 ha", "1.420", 1420, "measure", "ha", total=3150,
        subject="diện tích ngô sinh khối", period=Y24, location=DD),
    fig("lên 3.600 ha", "3.600", 3600, "measure", "ha", status="forecast",
        subject="diện tích ngô sinh khối", period=Y25),
    fig("khoảng 330.000 con", "330.000", 330000, "count", "con", approx="about",
        subject="đàn bò sữa cả nước", location="Việt Nam"),
    fig("chưa đến 60%", "60", 60, "percent", "%", approx="under",
        subject="tỷ lệ đáp ứng nhu cầu của diện tích trồng cây thức ăn xanh", location="Việt Nam"),
]

NOTES = [
    "National newspaper: section line, 'Thứ Hai, 21/10/2024, 07:45 (GMT+7)' (published), byline at the end. Province Lâm Đồng; national figures Việt Nam.",
    "Headline 'thu nhập gấp 3 lần trồng rau' stands alone as the claim: multiple. Farmer passage located in huyện Đơn Dương (also the quote).",
    "Distractors: 07:45, (GMT+7), 'Quốc lộ 27'. Year-less '9 tháng' takes 2024 from the as-of date in the sentence before.",
    "'mỗi ngày … khoảng 450 kg' → kg/ngày; 'khoảng 200 tấn mỗi năm' → tấn/năm. 'giảm được 15-20% chi phí' is the claim itself: a percent range, no change.",
    "'tăng lên 3.600 ha' states the level (forecast), no change. 'trong đó huyện Đơn Dương 1.420 ha' → total 3.150, location Đơn Dương.",
]

if __name__ == "__main__":
    write("p1180-6", TEXT, NOTES, FIGS, published="2024-10-21", location="Lâm Đồng")

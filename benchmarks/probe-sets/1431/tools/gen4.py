"""p1431-4: ministry site (Bộ NN&PTNT, Cục Lâm nghiệp): national planted-forest harvest 2023, exports, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Năm 2023, sản lượng gỗ khai thác từ rừng trồng đạt hơn 20 triệu m3

12/01/2024 | 14:30 | Cục Lâm nghiệp

Theo báo cáo của Cục Lâm nghiệp, năm 2023 cả nước khai thác 20,3 triệu m3 gỗ từ rừng trồng, tăng 3,1% so với năm 2022, trong đó khoảng 85% là gỗ keo và bạch đàn. Diện tích trồng rừng tập trung đạt 258.000 ha, bằng 104% kế hoạch.

Cả nước hiện có khoảng 4,6 triệu ha rừng trồng, chiếm 31% tổng diện tích rừng. Năng suất rừng trồng bình quân đạt 15-17 m3/ha/năm; một số mô hình thâm canh keo lai đạt trên 25 m3/ha/năm. Tuy nhiên, chưa đến 10% diện tích rừng keo được nuôi thành gỗ lớn; nhiều nơi vẫn trồng với mật độ 2.000-2.500 cây/ha và khai thác ở tuổi 4-5 năm.

Kim ngạch xuất khẩu gỗ và lâm sản năm 2023 đạt 14,4 tỷ USD, giảm 16,1% so với năm 2022; riêng dăm gỗ đạt 2,1 tỷ USD với 13,8 triệu tấn. Các thị trường nhập khẩu dăm gỗ chính là Trung Quốc (chiếm 58%), Nhật Bản (22%) và Hàn Quốc (9%).

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 523/QĐ-TTg), đến năm 2030 năng suất bình quân rừng trồng đạt trên 20 m3/ha/năm, sản lượng gỗ khai thác từ rừng trồng đạt 30-35 triệu m3/năm, kim ngạch xuất khẩu lâm sản đạt 25 tỷ USD.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HEAD = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 20 triệu", "20", 20e6, "measure", "m3", approx="over",
        subject="sản lượng gỗ khai thác từ rừng trồng", period=HEAD),
    fig("khai thác 20,3 triệu", "20,3", 20.3e6, "measure", "m3",
        change=chg("increase", 3.1, "%", "năm 2022"),
        subject="gỗ cả nước khai thác từ rừng trồng", period=Y23),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ trọng gỗ keo và bạch đàn trong gỗ khai thác từ rừng trồng", period=Y23),
    fig("đạt 258.000 ha", "258.000", 258000, "measure", "ha", percent=104,
        subject="diện tích trồng rừng tập trung", period=inh(Y23)),
    fig("khoảng 4,6 triệu", "4,6", 4.6e6, "measure", "ha", approx="about", percent=31,
        subject="diện tích rừng trồng cả nước"),
    fig("đạt 15-17", "15", 15, "measure", "m3/ha/năm", value_max=17,
        subject="năng suất rừng trồng bình quân"),
    fig("trên 25 m3", "25", 25, "measure", "m3/ha/năm", approx="over",
        subject="năng suất một số mô hình thâm canh keo lai"),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="diện tích rừng keo được nuôi thành gỗ lớn"),
    fig("độ 2.000-2.500", "2.000", 2000, "measure", "cây/ha", value_max=2500,
        subject="mật độ trồng keo"),
    fig("tuổi 4-5 năm", "4", 4, "measure", "năm", value_max=5,
        subject="tuổi khai thác rừng keo"),
    fig("đạt 14,4 tỷ", "14,4", 14.4e9, "money", "USD",
        change=chg("decrease", 16.1, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu gỗ và lâm sản", period=Y23),
    fig("đạt 2,1 tỷ", "2,1", 2.1e9, "money", "USD", subject="kim ngạch xuất khẩu dăm gỗ", period=Y23),
    fig("13,8 triệu tấn", "13,8", 13.8e6, "measure", "tấn", subject="dăm gỗ xuất khẩu", period=Y23),
    fig("chiếm 58%", "58", 58, "percent", "%",
        subject="thị trường nhập khẩu dăm gỗ chính Trung Quốc", period=inh(Y23)),
    fig("Nhật Bản (22%)", "22", 22, "percent", "%",
        subject="thị trường nhập khẩu dăm gỗ chính Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc (9%)", "9", 9, "percent", "%",
        subject="thị trường nhập khẩu dăm gỗ chính Hàn Quốc", period=inh(Y23)),
    fig("trên 20 m3", "20", 20, "measure", "m3/ha/năm", approx="over", status="target",
        subject="năng suất bình quân rừng trồng", period=T30),
    fig("đạt 30-35", "30", 30e6, "measure", "m3/năm", value_max=35e6, status="target",
        subject="sản lượng gỗ khai thác từ rừng trồng", period=T30),
    fig("đạt 25 tỷ", "25", 25e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu lâm sản", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '12/01/2024 | 14:30 | Cục Lâm nghiệp' under the headline, address and phone footer.",
    "Distractors: 14:30, 'giai đoạn 2021-2030', 'tầm nhìn đến năm 2050', Quyết định số 523/QĐ-TTg, 'Số 2 Ngọc Hà', phone 024.3845.9670,",
    "baselines 'năm 2022'. All figures are national (cả nước; a ministry's totals): location Việt Nam.",
    "'trong đó khoảng 85% là gỗ keo và bạch đàn' → a percent figure in its own right (no base amount for it), period năm 2023.",
    "'khoảng 4,6 triệu ha ..., chiếm 31%' → percent attribute. 'hiện' figures get no period.",
    "'khai thác ở tuổi 4-5 năm' is the harvest age, the claim itself: measure in năm (not a date). Density 'cây/ha' is a rate (measure).",
    "'riêng dăm gỗ đạt 2,1 tỷ USD với 13,8 triệu tấn': 'riêng' is not a part-of cue in FIGURES.md → no total.",
    "Import markets list: each percent is a figure; trade partners are not locations (Việt Nam); the year is in the previous sentence.",
    "'đến năm 2030' targets: start null, end 2030-12-31; '30-35 triệu m3/năm' is a range with the multiplier on both ends.",
]

if __name__ == "__main__":
    write("p1431-4", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")

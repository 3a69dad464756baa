"""p596-4: Ministry site (Bộ NN&PTNT) — national seafood output and exports 2023, markets, plants, 2024/2030 targets."""
from lib import F, P, inh, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Xuất khẩu thủy sản năm 2023 đạt 9 tỷ USD, giảm 17,8%
Ngày đăng: 09/01/2024 | Lượt xem: 3.126

Theo Cục Thủy sản, năm 2023 tổng sản lượng thủy sản cả nước ước đạt 9.269,3 nghìn tấn, tăng 2,9% so với năm 2022; trong đó khai thác 3.874,7 nghìn tấn, nuôi trồng 5.394,6 nghìn tấn.

Kim ngạch xuất khẩu thủy sản cả năm đạt khoảng 9 tỷ USD, giảm 17,8% so với năm 2022. Trong đó, tôm đạt 3,4 tỷ USD, giảm 21,6%; cá tra đạt 1,8 tỷ USD, giảm 26,5%; cá ngừ đạt 853 triệu USD, giảm 20%.

Mỹ, Trung Quốc và Nhật Bản là ba thị trường lớn nhất, với kim ngạch lần lượt là 1,6 tỷ USD, 1,46 tỷ USD và 1,41 tỷ USD; xuất khẩu sang EU đạt 1,05 tỷ USD, chiếm 11,7% tổng kim ngạch. Việt Nam tiếp tục đứng thứ 3 thế giới về xuất khẩu thủy sản, sau Trung Quốc và Na Uy.

Cả nước hiện có 848 cơ sở chế biến thủy sản xuất khẩu đủ điều kiện bảo đảm an toàn thực phẩm, trong đó 652 cơ sở được phép xuất khẩu vào EU; tổng công suất chế biến khoảng 3 triệu tấn sản phẩm/năm. Ngành chế biến thủy sản đang tạo việc làm cho khoảng 350.000 lao động.

Năm 2024, ngành phấn đấu kim ngạch xuất khẩu thủy sản đạt 9,5 tỷ USD. Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg ngày 11/3/2021), đến năm 2030 kim ngạch xuất khẩu thủy sản đạt từ 14 đến 16 tỷ USD.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("2023 đạt 9 tỷ USD", "9", 9e9, "money", "USD", change=CH("decrease", 17.8),
      subject="xuất khẩu thủy sản", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 9.269,3 nghìn tấn", "9.269,3", 9269300, "measure", "tấn", status="estimate",
      change=CH("increase", 2.9, baseline="năm 2022"), subject="tổng sản lượng thủy sản", period=Y23),
    F("khai thác 3.874,7 nghìn tấn", "3.874,7", 3874700, "measure", "tấn", total=9269300, status="estimate",
      subject="sản lượng thủy sản khai thác", period=Y23),
    F("nuôi trồng 5.394,6 nghìn tấn", "5.394,6", 5394600, "measure", "tấn", total=9269300, status="estimate",
      subject="sản lượng thủy sản nuôi trồng", period=Y23),
    F("khoảng 9 tỷ USD", "9", 9e9, "money", "USD", approx="about",
      change=CH("decrease", 17.8, baseline="năm 2022"),
      subject="kim ngạch xuất khẩu thủy sản", period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("tôm đạt 3,4 tỷ USD", "3,4", 3.4e9, "money", "USD", total=9e9, change=CH("decrease", 21.6),
      subject="kim ngạch xuất khẩu tôm", period=inh(Y23)),
    F("cá tra đạt 1,8 tỷ USD", "1,8", 1.8e9, "money", "USD", total=9e9, change=CH("decrease", 26.5),
      subject="kim ngạch xuất khẩu cá tra", period=inh(Y23)),
    F("cá ngừ đạt 853 triệu USD", "853", 853e6, "money", "USD", total=9e9, change=CH("decrease", 20),
      subject="kim ngạch xuất khẩu cá ngừ", period=inh(Y23)),
    F("là ba thị trường lớn nhất", "ba", 3, "count", "thị trường",
      subject="thị trường xuất khẩu thủy sản lớn nhất", optional=True),
    F("là 1,6 tỷ USD", "1,6", 1.6e9, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Mỹ", period=inh(Y23)),
    F("1,46 tỷ USD", "1,46", 1.46e9, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Trung Quốc", period=inh(Y23)),
    F("1,41 tỷ USD", "1,41", 1.41e9, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Nhật Bản", period=inh(Y23)),
    F("đạt 1,05 tỷ USD", "1,05", 1.05e9, "money", "USD", percent=11.7,
      subject="xuất khẩu thủy sản sang EU", period=inh(Y23)),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng",
      subject="xuất khẩu thủy sản thế giới", period=inh(Y23)),
    F("có 848 cơ sở", "848", 848, "count", "cơ sở",
      subject="cơ sở chế biến thủy sản xuất khẩu đủ điều kiện bảo đảm an toàn thực phẩm"),
    F("trong đó 652 cơ sở", "652", 652, "count", "cơ sở", total=848,
      subject="cơ sở được phép xuất khẩu vào EU"),
    F("khoảng 3 triệu tấn sản phẩm/năm", "3", 3e6, "measure", "tấn sản phẩm/năm", approx="about",
      subject="tổng công suất chế biến"),
    F("khoảng 350.000 lao động", "350.000", 350000, "count", "lao động", approx="about",
      subject="lao động ngành chế biến thủy sản"),
    F("đạt 9,5 tỷ USD", "9,5", 9.5e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu thủy sản", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 14 đến 16 tỷ USD", "14", 14e9, "money", "USD", value_max=16e9, status="target",
      subject="kim ngạch xuất khẩu thủy sản", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, breadcrumb, 'Ngày đăng: 09/01/2024 | Lượt xem: 3.126'): national seafood output and exports in 2023,",
    "products, markets, processing establishments, workers; targets 2024 and 2030. Location Việt Nam throughout (partners stay in subjects).",
    "'9.269,3 nghìn tấn' = 9269300 tấn. 'Trong đó' parts take the whole before the cue (output parts continue its 'ước').",
    "'cả năm' = năm 2023 here. 'đứng thứ 3 thế giới' is a rank. 'ba thị trường lớn nhất' optional (top-3 count).",
    "Not figures: 'đến năm 2030, tầm nhìn đến năm 2045' in the strategy's name, Quyết định số 339/QĐ-TTg ngày 11/3/2021, counter,",
    "address (Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội), phone. The target period is the second 'đến năm 2030' (null .. 2030-12-31).",
]

if __name__ == "__main__":
    emit("p596-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")

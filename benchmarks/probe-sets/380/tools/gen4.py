from lib import F, P, Y, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động > Trồng trọt

Nông nghiệp hữu cơ: Diện tích tăng nhanh, thị trường mở rộng
Thứ Tư, 24/01/2024 - 15:20 | Số lượt đọc: 1.094

Năm 2023, diện tích sản xuất nông nghiệp hữu cơ của cả nước đạt khoảng 240.000 ha, gấp 2,3 lần so với năm 2018, chiếm 2,1% tổng diện tích đất nông nghiệp. Trong đó, diện tích trồng trọt hữu cơ khoảng 174.000 ha; diện tích nuôi trồng thủy sản hữu cơ khoảng 46.500 ha; còn lại là diện tích thu hái tự nhiên. Việt Nam hiện xếp thứ 8 châu Á về diện tích nông nghiệp hữu cơ.

Theo Cục Trồng trọt, 63/63 tỉnh, thành phố đã có hoạt động sản xuất nông nghiệp hữu cơ, trong đó 46 địa phương có sản phẩm được chứng nhận phù hợp tiêu chuẩn TCVN 11041-2:2017 hoặc tiêu chuẩn quốc tế. Dẫn đầu về diện tích là Cà Mau (hơn 22.000 ha), Bến Tre (22.486 ha), Kiên Giang (khoảng 15.000 ha) và Hà Giang (10.350 ha).

Cả nước hiện có khoảng 19.000 nhà sản xuất, 1.250 doanh nghiệp và 385 hợp tác xã tham gia sản xuất nông nghiệp hữu cơ. Giá trị xuất khẩu sản phẩm hữu cơ năm 2023 ước đạt 335 triệu USD, tăng 12% so với năm 2022; thị trường chính là EU, Mỹ, Nhật Bản. Giá bán sản phẩm hữu cơ hiện cao hơn sản phẩm cùng loại từ 1,5 đến 2 lần.

Theo Đề án phát triển nông nghiệp hữu cơ giai đoạn 2020-2030 ban hành kèm theo Quyết định số 885/QĐ-TTg ngày 23/6/2020 của Thủ tướng Chính phủ, đến năm 2025 diện tích đất nông nghiệp hữu cơ đạt từ 1,5-2,5% tổng diện tích đất sản xuất nông nghiệp; đến năm 2030 đạt từ 2,5-3%. Bộ NN&PTNT dự kiến năm 2024 diện tích hữu cơ sẽ đạt khoảng 260.000 ha.

Thứ trưởng Trần Thanh Nam cho biết, Bộ sẽ trình Chính phủ sửa đổi Nghị định số 109/2018/NĐ-CP theo hướng đơn giản hóa thủ tục chứng nhận, giảm chi phí cho hợp tác xã.

Thu Hằng
"""

Y23 = Y("Năm 2023", 2023)
Y23i = Y("Năm 2023", 2023, inh=True)
SUBJ = "diện tích sản xuất nông nghiệp hữu cơ"

FIGS = [
    F("khoảng 240.000 ha", "240.000", 240000, "measure", "ha", SUBJ, Y23, approx="about", percent=2.1,
      change=CH("increase", 2.3, "lần", "năm 2018")),
    F("hữu cơ khoảng 174.000 ha", "174.000", 174000, "measure", "ha", "diện tích trồng trọt hữu cơ", Y23i,
      approx="about", total=240000),
    F("khoảng 46.500 ha", "46.500", 46500, "measure", "ha", "diện tích nuôi trồng thủy sản hữu cơ", Y23i,
      approx="about", total=240000),
    F("xếp thứ 8 châu Á", "8", 8, "rank", "hạng", "diện tích nông nghiệp hữu cơ châu Á", Y23i),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có hoạt động sản xuất nông nghiệp hữu cơ", total=63),
    F("46 địa phương", "46", 46, "count", "địa phương", "địa phương có sản phẩm được chứng nhận hữu cơ", total=63),
    F("Cà Mau (hơn 22.000 ha)", "22.000", 22000, "measure", "ha", SUBJ, Y23i, approx="over", location="Cà Mau"),
    F("Bến Tre (22.486 ha)", "22.486", 22486, "measure", "ha", SUBJ, Y23i, location="Bến Tre"),
    F("Kiên Giang (khoảng 15.000 ha)", "15.000", 15000, "measure", "ha", SUBJ, Y23i, approx="about",
      location="Kiên Giang"),
    F("Hà Giang (10.350 ha)", "10.350", 10350, "measure", "ha", SUBJ, Y23i, location="Hà Giang"),
    F("khoảng 19.000 nhà sản xuất", "19.000", 19000, "count", "nhà sản xuất",
      "nhà sản xuất tham gia sản xuất nông nghiệp hữu cơ", approx="about"),
    F("1.250 doanh nghiệp", "1.250", 1250, "count", "doanh nghiệp",
      "doanh nghiệp tham gia sản xuất nông nghiệp hữu cơ"),
    F("385 hợp tác xã", "385", 385, "count", "hợp tác xã", "hợp tác xã tham gia sản xuất nông nghiệp hữu cơ"),
    F("ước đạt 335 triệu USD", "335", 335e6, "money", "USD", "giá trị xuất khẩu sản phẩm hữu cơ",
      Y("năm 2023", 2023), change=CH("increase", 12, "%", "năm 2022"), status="estimate"),
    F("từ 1,5 đến 2 lần", "1,5", 1.5, "multiple", "lần", "giá bán sản phẩm hữu cơ cao hơn sản phẩm cùng loại",
      Y23i, value_max=2),
    F("từ 1,5-2,5%", "1,5", 1.5, "percent", "%",
      "tỷ lệ diện tích đất nông nghiệp hữu cơ trong tổng diện tích đất sản xuất nông nghiệp",
      P("đến năm 2025", None, "2025-12-31"), value_max=2.5, status="target"),
    F("từ 2,5-3%", "2,5", 2.5, "percent", "%",
      "tỷ lệ diện tích đất nông nghiệp hữu cơ trong tổng diện tích đất sản xuất nông nghiệp",
      P("đến năm 2030", None, "2030-12-31"), value_max=3, status="target"),
    F("khoảng 260.000 ha", "260.000", 260000, "measure", "ha", "diện tích hữu cơ", Y("năm 2024", 2024),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national organic agriculture 2023; dateline 'Thứ Tư, 24/01/2024 - 15:20 | Số lượt đọc: 1.094'.",
    "240.000 ha carries 'gấp 2,3 lần so với năm 2018' as its change (unit lần, as 'tăng hơn 2,8 lần so với cùng kỳ') and 'chiếm 2,1%' as percent.",
    "'Trong đó' after a sentence break: 174.000 and 46.500 ha take total 240.000, period inherited.",
    "'63/63 tỉnh' count with total 63; '46 địa phương' after 'trong đó' takes total 63. Province list after 'Dẫn đầu về diện tích là' (no",
    "part-of cue): provinces are locations, no total, period inherited. 'xếp thứ 8 châu Á' is a rank, location Việt Nam.",
    "'từ 1,5 đến 2 lần' standing alone (no base amount): multiple range. Targets 'đến năm 2025/2030' from the Đề án: percent ranges, status",
    "target; 'dự kiến năm 2024 ... khoảng 260.000 ha' is a forecast. 'giai đoạn 2020-2030' names the Đề án (no figure).",
    "Distractors: TCVN 11041-2:2017, Quyết định số 885/QĐ-TTg ngày 23/6/2020, Nghị định số 109/2018/NĐ-CP, 'Số lượt đọc: 1.094'.",
]

if __name__ == "__main__":
    emit("p380-4", TEXT, COMMENTS, FIGS, published="2024-01-24", location="Việt Nam")

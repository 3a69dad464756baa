from lib import build, P, C, T

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động
Tây Nguyên: Nguy cơ hạn hán, thiếu nước cục bộ trong các tháng cuối mùa khô
Ngày cập nhật: 15/03/2024

Theo Tổng cục Thủy lợi, từ đầu năm đến nay lượng mưa tại các tỉnh Tây Nguyên rất thấp, phổ biến chỉ đạt 5-20 mm, bằng khoảng 15% TBNC. Nắng nóng xuất hiện sớm, nhiệt độ cao nhất phổ biến 33-35°C, có nơi trên 36°C như Ea H'leo (Đắk Lắk) 36,8°C, Ayun Pa (Gia Lai) 37,2°C.

Tính đến ngày 10/3/2024, dung tích trữ trung bình của 1.273 hồ chứa thủy lợi vùng Tây Nguyên đạt 64% dung tích thiết kế, thấp hơn cùng kỳ năm 2023 khoảng 11%; trong đó có 86 hồ đã cạn hoặc chỉ còn dưới 20% dung tích.

Dung tích hồ chứa tại các tỉnh (tính đến 10/3/2024)
Tỉnh\tSố hồ\tDung tích hiện tại (% thiết kế)\tLượng mưa từ đầu năm (mm)
Kon Tum\t98\t71\t18,4
Gia Lai\t338\t62\t9,7
Đắk Lắk\t594\t58\t6,2
Đắk Nông\t243\t67\t11,5

Dự báo từ nay đến hết tháng 4/2024, lượng mưa tiếp tục thấp hơn TBNC; khoảng 45.000 ha cây trồng có nguy cơ thiếu nước, trong đó Đắk Lắk khoảng 19.600 ha, Gia Lai 12.300 ha. Mực nước các sông chính như Sê San, Srêpốk phổ biến thấp hơn TBNC từ 0,3 đến 0,8 m.

Thực hiện Chỉ thị số 04/CT-BNN-TL, Bộ đề nghị các địa phương rà soát kế hoạch sản xuất; các địa phương phấn đấu bảo đảm đủ nước tưới cho ít nhất 95% diện tích cà phê trong mùa khô. Mọi phản ánh gửi về đường dây nóng 024.3733.5696.
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-03-15")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-03-15", True)
ASOF = P("Tính đến ngày 10/3/2024", None, "2024-03-10")
ASOFi = P("tính đến 10/3/2024", None, "2024-03-10", True)
FC = P("từ nay đến hết tháng 4/2024", "2024-03-15", "2024-04-30")

FIGS = [
    dict(anchor="chỉ đạt 5-20 mm", number="5", value=5, value_max=20, kind="measure", unit="mm", percent=15,
         subject="lượng mưa", period=YTD, location=None),
    dict(anchor="phổ biến 33-35°C", number="33", value=33, value_max=35, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất", period=YTDi),
    dict(anchor="trên 36°C", number="36", value=36, kind="measure", unit="°C", approx="over",
         subject="nhiệt độ cao nhất có nơi", period=YTDi),
    dict(anchor="(Đắk Lắk) 36,8°C", number="36,8", value=36.8, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất", period=YTDi, location="Ea H'leo"),
    dict(anchor="(Gia Lai) 37,2°C", number="37,2", value=37.2, kind="measure", unit="°C",
         subject="nhiệt độ cao nhất", period=YTDi, location="Ayun Pa"),
    dict(anchor="của 1.273 hồ", number="1.273", value=1273, kind="count", unit="hồ chứa thủy lợi",
         subject="hồ chứa thủy lợi vùng Tây Nguyên", period=ASOF),
    dict(anchor="đạt 64% dung tích", number="64", value=64, kind="percent", unit="%",
         change=C("decrease", 11, "%", "cùng kỳ năm 2023", "about"),
         subject="dung tích trữ trung bình so với dung tích thiết kế", period=ASOF),
    dict(anchor="có 86 hồ", number="86", value=86, kind="count", unit="hồ", total=1273,
         subject="hồ đã cạn hoặc chỉ còn dưới 20% dung tích", period=ASOF),
    dict(anchor="dưới 20% dung tích", number="20", value=20, kind="percent", unit="%", approx="under",
         subject="dung tích còn lại", period=ASOF, optional=True),
]

COLS = [("số hồ", "count", "hồ", ASOFi), ("dung tích hiện tại so với thiết kế", "percent", "%", ASOFi),
        ("lượng mưa từ đầu năm", "measure", "mm", P("từ đầu năm", "2024-01-01", "2024-03-10", True))]
ROWS = [("Kon Tum", ["98", "71", "18,4"]), ("Gia Lai", ["338", "62", "9,7"]),
        ("Đắk Lắk", ["594", "58", "6,2"]), ("Đắk Nông", ["243", "67", "11,5"])]
for place, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = place + "\t" + "\t".join(cells[: j + 1])
        subj, kind, unit, per = COLS[j]
        v = float(cell.replace(",", "."))
        FIGS.append(dict(anchor=anchor, number=cell, value=int(v) if v.is_integer() else v, kind=kind, unit=unit,
                         subject=subj, period=per, location=place))

FIGS += [
    dict(anchor="khoảng 45.000 ha", number="45.000", value=45000, kind="measure", unit="ha", approx="about",
         status="forecast", subject="cây trồng có nguy cơ thiếu nước", period=FC),
    dict(anchor="khoảng 19.600 ha", number="19.600", value=19600, kind="measure", unit="ha", approx="about",
         total=45000, status="forecast", subject="cây trồng có nguy cơ thiếu nước", period=FC, location="Đắk Lắk"),
    dict(anchor="Gia Lai 12.300 ha", number="12.300", value=12300, kind="measure", unit="ha",
         total=45000, status="forecast", subject="cây trồng có nguy cơ thiếu nước", period=FC, location="Gia Lai"),
    dict(anchor="từ 0,3 đến 0,8 m", number="0,3", value=0.3, value_max=0.8, kind="measure", unit="m",
         subject="mực nước các sông chính thấp hơn TBNC"),
    dict(anchor="ít nhất 95%", number="95", value=95, kind="percent", unit="%", approx="at_least", status="target",
         subject="diện tích cà phê được bảo đảm đủ nước tưới",
         period=P("mùa khô", None, None, True)),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): Central Highlands dry season. 'Ngày cập nhật: 15/03/2024' without time.",
    "Tây Nguyên is a region, not a province/city/district: regional figures have no location (FIGURES.md lists only those and Việt Nam).",
    "Ea H'leo, Ayun Pa (districts/towns) and the provinces in the tab-separated table and in the forecast list are their figures' location.",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline; 'từ nay đến hết tháng 4/2024' from the dateline to 2024-04-30.",
    "Tab table: every numeric cell is a figure; subject = column label; unit from the header; periods from the caption (inherited).",
    "'86 hồ' after 'trong đó' has total 1.273; the 1.273 itself carries no percent (64% is the storage level, a percent figure with a change).",
    "'dưới 20% dung tích' is a threshold inside a definition: optional. 'ít nhất 95%' is a target (phấn đấu), approx at_least.",
    "revised: the river-level sentence after the forecast sentence has no forecast cue or modal of its own: status actual, no period.",
    "Distractors: 'Chỉ thị số 04/CT-BNN-TL', hotline 024.3733.5696, dateline, 'tháng 4/2024' inside a period.",
]

build("p443-8", TEXT, COMMENTS, FIGS, published="2024-03-15")

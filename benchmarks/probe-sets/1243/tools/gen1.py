"""p1243-1: province portal (Thái Bình): winter crop sown as of 25/11/2024; cabbage, kohlrabi, ranks of districts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình gieo trồng hơn 36.500 ha cây vụ đông

Cập nhật: 27/11/2024 08:45 | Lượt xem: 1.863

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 25/11/2024, toàn tỉnh đã gieo trồng được 36.580 ha cây vụ đông, đạt 91,4% kế hoạch, tăng 5,2% so với cùng kỳ năm 2023. Trong đó, nhóm cây ưa lạnh 21.350 ha, gồm bắp cải 4.120 ha, su hào 2.760 ha, súp lơ 1.340 ha, khoai tây 6.200 ha và các loại rau khác.

Năng suất bắp cải ước đạt 380 tạ/ha, su hào khoảng 250 tạ/ha. Giá bắp cải tại ruộng hiện dao động từ 4.000 đến 6.000 đồng/kg, cao gấp đôi cùng kỳ; su hào 3.000-3.500 đồng/củ.

Huyện Thái Thụy là địa phương có diện tích cây vụ đông lớn nhất với 6.820 ha, đứng thứ nhất toàn tỉnh; huyện Kiến Xương xếp thứ 2 với 5.940 ha. Tại xã Thụy Dân, nhiều hộ trồng bắp cải giống NS-Cross trên đất hai lúa, mỗi sào cho thu nhập khoảng 8 triệu đồng.

Giá trị sản xuất cây vụ đông dự kiến đạt khoảng 3.450 tỷ đồng, bình quân 94 triệu đồng/ha. Để hoàn thành kế hoạch 40.000 ha, tỉnh phấn đấu từ nay đến ngày 10/12 gieo trồng thêm ít nhất 3.400 ha, tập trung ở các xã có lúa mùa thu hoạch muộn.

Tin liên quan:
- Triển khai Kế hoạch số 128/KH-UBND về sản xuất vụ đông năm 2024
- Hỗ trợ giống cây vụ đông cho các xã bị thiệt hại do bão số 3
"""

ASOF = per("tính đến ngày 25/11/2024", None, "2024-11-25")
TOWARD = per("từ nay đến ngày 10/12", "2024-11-27", "2024-12-10")
TT, KX = "Thái Thụy", "Kiến Xương"

FIGS = [
    fig("hơn 36.500 ha", "36.500", 36500, "measure", "ha", approx="over",
        subject="cây vụ đông gieo trồng"),
    fig("được 36.580 ha", "36.580", 36580, "measure", "ha", percent=91.4,
        change=chg("increase", 5.2, "%", "cùng kỳ năm 2023"),
        subject="cây vụ đông toàn tỉnh đã gieo trồng", period=ASOF),
    fig("cây ưa lạnh 21.350 ha", "21.350", 21350, "measure", "ha", total=36580,
        subject="nhóm cây ưa lạnh", period=inh(ASOF)),
    fig("bắp cải 4.120 ha", "4.120", 4120, "measure", "ha", total=21350, subject="bắp cải", period=inh(ASOF)),
    fig("su hào 2.760 ha", "2.760", 2760, "measure", "ha", total=21350, subject="su hào", period=inh(ASOF)),
    fig("súp lơ 1.340 ha", "1.340", 1340, "measure", "ha", total=21350, subject="súp lơ", period=inh(ASOF)),
    fig("khoai tây 6.200 ha", "6.200", 6200, "measure", "ha", total=21350, subject="khoai tây", period=inh(ASOF)),
    fig("ước đạt 380 tạ/ha", "380", 380, "measure", "tạ/ha", status="estimate", subject="năng suất bắp cải"),
    fig("khoảng 250 tạ/ha", "250", 250, "measure", "tạ/ha", approx="about", status="estimate",
        subject="năng suất su hào"),
    fig("từ 4.000 đến 6.000", "4.000", 4000, "money", "đồng/kg", value_max=6000,
        change=chg("increase", 2, "lần", "cùng kỳ"), subject="giá bắp cải tại ruộng"),
    fig("su hào 3.000-3.500", "3.000", 3000, "money", "đồng/củ", value_max=3500, subject="giá su hào"),
    fig("với 6.820 ha", "6.820", 6820, "measure", "ha", subject="diện tích cây vụ đông", location=TT),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="diện tích cây vụ đông", location=TT),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="diện tích cây vụ đông", location=KX),
    fig("với 5.940 ha", "5.940", 5940, "measure", "ha", subject="diện tích cây vụ đông", location=KX),
    fig("khoảng 8 triệu", "8", 8e6, "money", "đồng/sào", approx="about",
        subject="thu nhập mỗi sào bắp cải", location=TT),
    fig("khoảng 3.450 tỷ", "3.450", 3450e9, "money", "đồng", approx="about", status="forecast",
        subject="giá trị sản xuất cây vụ đông"),
    fig("bình quân 94 triệu", "94", 94e6, "money", "đồng/ha", status="forecast",
        subject="giá trị sản xuất cây vụ đông bình quân"),
    fig("kế hoạch 40.000 ha", "40.000", 40000, "measure", "ha", status="target",
        subject="kế hoạch gieo trồng cây vụ đông"),
    fig("ít nhất 3.400 ha", "3.400", 3400, "measure", "ha", approx="at_least", status="target",
        subject="diện tích gieo trồng thêm", period=TOWARD),
]

NOTES = [
    "Province portal (Thái Bình): winter crop sown as of 25/11/2024; breadcrumb, 'Cập nhật: 27/11/2024 08:45 | Lượt xem: 1.863', related links.",
    "Distractors: 08:45, Lượt xem 1.863, baseline 'năm 2023', 'giống NS-Cross', 'đất hai lúa' (a land type, not a count),",
    "'ngày 10/12' (period end), 'Kế hoạch số 128/KH-UBND', 'năm 2024' in a link title, 'bão số 3'.",
    "'Trong đó' after a sentence break: 21.350 ha takes the whole 36.580; 'gồm' follows 21.350, so the four crops take 21.350.",
    "'cao gấp đôi cùng kỳ' after the price range is its change (×2, lần). 'su hào khoảng 250 tạ/ha' continues 'ước đạt' (estimate).",
    "'đứng thứ nhất' = rank 1, 'xếp thứ 2' = rank 2; places Thái Thụy / Kiến Xương; xã Thụy Dân lies in Thái Thụy.",
    "'từ nay đến ngày 10/12': start = published (27/11/2024), end 10/12/2024. 'kế hoạch 40.000 ha' is a target figure.",
    "Season labels without calendar words give no period (not scored); no 'năm nay' here.",
]

if __name__ == "__main__":
    write("p1243-1", TEXT, NOTES, FIGS, published="2024-11-27", location="Thái Bình")

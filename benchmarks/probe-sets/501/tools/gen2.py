"""p501-2: district portal, Bắc Trà My (Quảng Nam), monthly social allowances Q1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC TRÀ MY
Trang chủ » Tin tức » Văn hóa - Xã hội

Thứ Năm, 11/04/2024 - 09:20

Quý I/2024, Bắc Trà My chi trả hơn 5,3 tỷ đồng trợ cấp xã hội

Trong quý I/2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Bưu điện huyện tổ chức chi trả trợ cấp xã hội hằng tháng cho 2.846 đối tượng bảo trợ xã hội tại 13 xã, thị trấn với tổng kinh phí hơn 5,3 tỷ đồng. Trong đó, người cao tuổi 1.274 người, người khuyết tật 1.312 người, trẻ em mồ côi và đối tượng khác 260 người.

Đáng chú ý, số đối tượng nhận trợ cấp qua tài khoản ngân hàng là 418 người, chiếm 14,7%, tăng 212 người so với cùng kỳ năm 2023. Mức trợ cấp thấp nhất là 360.000 đồng/người/tháng, cao nhất 1.440.000 đồng/người/tháng đối với trẻ em khuyết tật đặc biệt nặng.

Ngoài ra, huyện đã chi hỗ trợ mai táng phí cho 37 trường hợp với số tiền 299,7 triệu đồng; cấp 4.120 thẻ bảo hiểm y tế cho đối tượng bảo trợ xã hội; hỗ trợ 8,4 tấn gạo cho 187 hộ thiếu đói tại các xã Trà Giác, Trà Ka và Trà Nú (trong đó, thôn 3 xã Trà Ka có 46 hộ).

Dự kiến trong quý II/2024, huyện sẽ chi trả cho khoảng 2.900 đối tượng với kinh phí gần 5,5 tỷ đồng theo Nghị định số 20/2021/NĐ-CP của Chính phủ.

Hồng Nhung (Phòng VH-TT huyện)

Địa chỉ: số 02 Hùng Vương, thị trấn Trà My, huyện Bắc Trà My, tỉnh Quảng Nam
Điện thoại: 0235.3882.156
"""

Q1H = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
SUBJ = "đối tượng bảo trợ xã hội được chi trả trợ cấp xã hội hằng tháng"

FIGS = [
    fig("chi trả hơn 5,3 tỷ đồng trợ cấp", "5,3", 5300000000, "money", "đồng", approx="over",
        subject="trợ cấp xã hội chi trả", period=Q1H),
    fig("cho 2.846 đối tượng", "2.846", 2846, "count", "đối tượng", subject=SUBJ, period=Q1),
    fig("tại 13 xã, thị trấn", "13", 13, "count", "xã, thị trấn",
        subject="xã, thị trấn chi trả trợ cấp xã hội", period=Q1),
    fig("tổng kinh phí hơn 5,3 tỷ đồng", "5,3", 5300000000, "money", "đồng", approx="over",
        subject="tổng kinh phí chi trả trợ cấp xã hội hằng tháng", period=Q1),
    fig("người cao tuổi 1.274 người", "1.274", 1274, "count", "người", total=2846,
        subject="người cao tuổi", period=inh(Q1)),
    fig("người khuyết tật 1.312 người", "1.312", 1312, "count", "người", total=2846,
        subject="người khuyết tật", period=inh(Q1)),
    fig("đối tượng khác 260 người", "260", 260, "count", "người", total=2846,
        subject="trẻ em mồ côi và đối tượng khác", period=inh(Q1)),
    fig("là 418 người", "418", 418, "count", "người", percent=14.7,
        change=chg("increase", 212, "người", "cùng kỳ năm 2023"),
        subject="đối tượng nhận trợ cấp qua tài khoản ngân hàng", period=inh(Q1)),
    fig("là 360.000 đồng/người/tháng", "360.000", 360000, "money", "đồng/người/tháng",
        subject="mức trợ cấp thấp nhất"),
    fig("1.440.000 đồng/người/tháng", "1.440.000", 1440000, "money", "đồng/người/tháng",
        subject="mức trợ cấp cao nhất đối với trẻ em khuyết tật đặc biệt nặng"),
    fig("cho 37 trường hợp", "37", 37, "count", "trường hợp",
        subject="trường hợp được hỗ trợ mai táng phí", period=inh(Q1)),
    fig("299,7 triệu đồng", "299,7", 299700000, "money", "đồng",
        subject="số tiền hỗ trợ mai táng phí", period=inh(Q1)),
    fig("cấp 4.120 thẻ", "4.120", 4120, "count", "thẻ bảo hiểm y tế",
        subject="thẻ bảo hiểm y tế cấp cho đối tượng bảo trợ xã hội", period=inh(Q1)),
    fig("8,4 tấn gạo", "8,4", 8.4, "measure", "tấn", subject="gạo hỗ trợ hộ thiếu đói",
        period=inh(Q1)),
    fig("cho 187 hộ", "187", 187, "count", "hộ", subject="hộ thiếu đói được hỗ trợ gạo",
        period=inh(Q1)),
    fig("có 46 hộ", "46", 46, "count", "hộ", total=187,
        subject="hộ thiếu đói thôn 3 xã Trà Ka", period=inh(Q1)),
    fig("khoảng 2.900 đối tượng", "2.900", 2900, "count", "đối tượng", approx="about",
        status="forecast", subject="đối tượng được chi trả trợ cấp xã hội", period=Q2),
    fig("gần 5,5 tỷ đồng", "5,5", 5500000000, "money", "đồng", approx="nearly",
        status="forecast", subject="kinh phí chi trả trợ cấp xã hội", period=Q2),
]

NOTES = [
    "Cổng TTĐT huyện Bắc Trà My (Quảng Nam): chi trả trợ cấp xã hội hằng tháng quý I/2024. District portal: location Bắc Trà My.",
    "1.274 + 1.312 + 260 = 2.846 (parts after 'Trong đó'); 46 hộ is a part of the 187 hộ after '(trong đó, …)'.",
    "The allowance levels have no period phrase (standing rules). 'Dự kiến' governs both quý II figures.",
    "'thôn 3', 'Nghị định số 20/2021/NĐ-CP', 'số 02 Hùng Vương', the phone number and the dateline are not figures.",
]

if __name__ == "__main__":
    emit("p501-2", TEXT, NOTES, FIGS, published="2024-04-11", location="Bắc Trà My")

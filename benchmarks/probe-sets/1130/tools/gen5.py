"""p1130-5: Party newspaper (Báo Sơn La): rau ngót rừng in huyện Vân Hồ, a household in xã Chiềng Yên; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Rau ngót rừng giúp đồng bào Vân Hồ thoát nghèo

Từ loài rau mọc hoang dưới tán rừng, rau ngót rừng đã trở thành cây trồng hàng hóa, mang lại thu nhập khá cho nhiều hộ dân ở huyện Vân Hồ.

Năm 2019, gia đình anh Vì Văn Thắng ở bản Suối Lìn, xã Chiềng Yên mạnh dạn đưa cây rau ngót rừng về trồng trên đất đồi. Đến nay, gia đình anh có 1,2 ha rau ngót rừng, mỗi ngày thu hái từ 60 đến 70 kg ngọn, bán tại vườn với giá 35.000 đồng/kg. Sau khi trừ chi phí, mỗi năm gia đình thu lãi trên 300 triệu đồng, tạo việc làm thường xuyên cho ba lao động trong bản với mức lương 6 triệu đồng/người/tháng.

Toàn huyện Vân Hồ hiện có 146 ha rau ngót rừng, gấp đôi năm 2021, tập trung ở các xã Chiềng Yên, Tô Múa, Mường Men. Năm 2023, sản lượng rau ngót rừng đạt 1.850 tấn, giá trị ước đạt 55 tỷ đồng. Thương lái từ Hà Nội, Hòa Bình lên tận vườn thu mua, bình quân mỗi ngày tiêu thụ khoảng 5 tấn.

Hợp tác xã Nông nghiệp Chiềng Yên hiện liên kết với 72 hộ trồng rau ngót rừng; sản phẩm rau ngót rừng sấy khô của HTX đạt chuẩn OCOP 3 sao từ năm 2022. Nhờ có cây trồng mới, tỷ lệ hộ nghèo của xã Chiềng Yên giảm từ 38,5% năm 2020 xuống còn 21,7% năm 2023.

Huyện phấn đấu đến năm 2025 mở rộng diện tích rau ngót rừng lên 200 ha, trong đó 50 ha đạt tiêu chuẩn VietGAP, gắn với xây dựng chỉ dẫn địa lý cho sản phẩm.

VŨ HÀ

15/08/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
THANG = "gia đình anh Vì Văn Thắng"
RATE = "tỷ lệ hộ nghèo của xã Chiềng Yên"

FIGS = [
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject=f"diện tích rau ngót rừng của {THANG}"),
    F("từ 60 đến 70 kg", "60", 60, "measure", "kg/ngày", value_max=70,
      subject=f"ngọn rau ngót rừng {THANG} thu hái mỗi ngày"),
    F("35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", subject="giá bán rau ngót rừng tại vườn"),
    F("trên 300 triệu", "300", 300e6, "money", "đồng/năm", approx="over", subject=f"lãi của {THANG}"),
    F("ba lao động", "ba", 3, "count", "lao động", subject="lao động trong bản có việc làm thường xuyên"),
    F("6 triệu", "6", 6e6, "money", "đồng/người/tháng", subject="mức lương lao động"),
    F("có 146 ha", "146", 146, "measure", "ha", change=C("increase", 2, "lần", "năm 2021"),
      subject="diện tích rau ngót rừng"),
    F("đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", subject="sản lượng rau ngót rừng", period=Y23),
    F("ước đạt 55 tỷ", "55", 55e9, "money", "đồng", status="estimate", subject="giá trị rau ngót rừng", period=Y23),
    F("khoảng 5 tấn", "5", 5, "measure", "tấn/ngày", approx="about",
      subject="rau ngót rừng tiêu thụ bình quân mỗi ngày", period=I(Y23)),
    F("với 72 hộ", "72", 72, "count", "hộ", subject="hộ trồng rau ngót rừng liên kết với Hợp tác xã Nông nghiệp Chiềng Yên"),
    F("OCOP 3 sao", "3", 3, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    F("từ 38,5%", "38,5", 38.5, "percent", "%", subject=RATE, period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 21,7%", "21,7", 21.7, "percent", "%", subject=RATE, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 200 ha", "200", 200, "measure", "ha", status="target", subject="diện tích rau ngót rừng", period=TO25),
    F("trong đó 50 ha", "50", 50, "measure", "ha", total=200, status="target",
      subject="diện tích rau ngót rừng đạt tiêu chuẩn VietGAP", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Sơn La): byline 'VŨ HÀ' and bare date '15/08/2024' at the end. Everything is in huyện Vân Hồ: default location Vân Hồ.",
    "Household passage (anh Vì Văn Thắng, xã Chiềng Yên): 'Năm 2019' is when he started (not a period of the present figures, 'Đến nay').",
    "'ba lao động' is a number word. 'gấp đôi năm 2021' after 146 ha → change increase 2 lần (đôi = 2), baseline năm 2021.",
    "'giảm từ 38,5% năm 2020 xuống còn 21,7% năm 2023': two percent figures, each with its own year; neither is a change (the change 16,8 is not stated).",
    "'ước đạt 55 tỷ' estimate; 1.850 tấn in the same sentence before the cue is actual. 'OCOP 3 sao từ năm 2022': rating label, optional.",
    "'lên 200 ha, trong đó 50 ha' → target, the 50 ha part of 200.",
]

if __name__ == "__main__":
    write("p1130-5", TEXT, NOTES, FIGS, published="2024-08-15", location="Vân Hồ")
